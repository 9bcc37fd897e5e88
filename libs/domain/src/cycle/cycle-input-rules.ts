import { actorIdProblem, isServiceAccountId } from '../identity/person-id';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../text/storable-text';
import type { Actor, Role } from './actor';
import type { InitiativePlan, RootCause } from './cycle-content';
import { CauseCategory } from './cycle-content';
import { CycleFailureType, CycleRuleViolation } from './cycle-failure';
import { CYCLE_INPUT_LIMITS as LIMITS } from './input-limits';

/**
 * The rules a cycle's commands are applied with. `Current` checks every field of a command and
 * keeps four eyes on every path. `Original` is how commands recorded before that were applied:
 * replaying them must not refuse what was accepted then (Temporal does not re-run validators on
 * replay, and a refusal would change the commands the workflow issues).
 */
export enum CycleRuleSet {
  Original = 'original',
  Current = 'current',
}

/** The validators' checks on a command's fields: the same rules the HTTP edge applies. */
export function fail(type: CycleFailureType, message: string): never {
  throw new CycleRuleViolation(type, message);
}

/** A command's actor is a person or a service account who may use the product, never `system`. */
export function requirePerson(actor: Actor): void {
  const problem = actorIdProblem(actor?.id);
  if (problem) {
    fail(CycleFailureType.NotPermitted, `the actor is not a person: ${problem}`);
  }
}

/**
 * Only people decide (a gate, a re-evaluation, a roadmap change) or end a stage early
 * (re-evaluate now, cancel): an integration's key is no one's four eyes. The update validators
 * run it; commands accepted before it replay as they were (validators do not run on replay).
 */
export function requireDecidingPerson(actor: Actor, what: string): void {
  if (isServiceAccountId(actor?.id)) {
    fail(
      CycleFailureType.ServiceAccountCannotDecide,
      `only a person may ${what}, never a service account`,
    );
  }
}

export function requireRole(actor: Actor, role: Role, what: string): void {
  if (!Array.isArray(actor.roles) || !actor.roles.includes(role)) {
    fail(CycleFailureType.NotPermitted, `only a ${role} may ${what}`);
  }
}

export function requireText(field: string, value: unknown, max: number): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    fail(CycleFailureType.InvalidCommand, `${field} must be text of 1 to ${max} characters`);
  }
  requireStorable(field, value);
}

export function requireOptionalText(field: string, value: unknown, max: number): void {
  if (value !== null && value !== undefined) {
    if (typeof value !== 'string' || value.length > max) {
      fail(CycleFailureType.InvalidCommand, `${field} must be text of at most ${max} characters`);
    }
    requireStorable(field, value);
  }
}

export function requireNumber(field: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(CycleFailureType.InvalidCommand, `${field} must be a number`);
  }
}

export function requireList(field: string, value: unknown, max: number, min = 1): void {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    fail(CycleFailureType.InvalidCommand, `${field} must list ${min} to ${max} items`);
  }
}

function requireStorable(field: string, value: string): void {
  if (!isStorableText(value)) {
    fail(CycleFailureType.InvalidCommand, `${field} ${UNSTORABLE_TEXT_MESSAGE}`);
  }
}

export function checkRootCauses(causes: RootCause[]): void {
  requireList('causes', causes, LIMITS.causes);
  causes.forEach((cause, index) => {
    if (!Object.values(CauseCategory).includes(cause.category)) {
      fail(CycleFailureType.InvalidCommand, `causes.${index}.category is not a cause category`);
    }
    requireText(`causes.${index}.description`, cause.description, LIMITS.causeText);
    requireText(`causes.${index}.evidence`, cause.evidence, LIMITS.causeText);
    if (!Array.isArray(cause.whys) || cause.whys.length > LIMITS.whys) {
      fail(
        CycleFailureType.InvalidCommand,
        `causes.${index}.whys must list at most ${LIMITS.whys} whys`,
      );
    }
    cause.whys.forEach((why, w) => requireText(`causes.${index}.whys.${w}`, why, LIMITS.whyText));
  });
}

export function checkInitiativePlans(plans: InitiativePlan[]): void {
  requireList('initiatives', plans, LIMITS.initiatives);
  plans.forEach((plan, index) => checkInitiativePlan(plan, `initiatives.${index}`));
}

/** One initiative's fields, named under `field` in what a refusal says. */
export function checkInitiativePlan(plan: InitiativePlan, field: string): void {
  requireText(`${field}.title`, plan.title, LIMITS.initiativeTitle);
  // The API refuses service accounts as owners; the workflow keeps the rule it recorded under.
  const owner = actorIdProblem(plan.ownerId);
  if (owner) {
    fail(CycleFailureType.InvalidCommand, `${field}.ownerId: ${owner}`);
  }
  requireText(`${field}.expectedEffect`, plan.expectedEffect, LIMITS.expectedEffect);
  requireOptionalText(`${field}.kpiId`, plan.kpiId, 100);
  if (typeof plan.dueDate !== 'string' || Number.isNaN(Date.parse(plan.dueDate))) {
    fail(CycleFailureType.InvalidCommand, `${field}.dueDate is not a date`);
  }
}
