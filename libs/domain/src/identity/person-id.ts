import { isStorableText } from '../text/storable-text';

/** Person ids are the `sub` of a token: compared exactly as given, never case-folded or trimmed. */
export const PERSON_ID_MAX_LENGTH = 200;

/** The actor of timer-driven events; no token may claim it. */
export const SYSTEM_PERSON_ID = 'system';

/** Every service account acts as `service-account:<its id>`; no person's id may start so. */
export const SERVICE_ACCOUNT_ID_PREFIX = 'service-account:';

/** The actor id of the service account `accountId`. */
export const serviceAccountActorId = (accountId: string): string =>
  `${SERVICE_ACCOUNT_ID_PREFIX}${accountId}`;

/** Whether `id` is a service account's actor id (an integration, never a person). */
export function isServiceAccountId(id: unknown): boolean {
  return typeof id === 'string' && id.startsWith(SERVICE_ACCOUNT_ID_PREFIX);
}

/**
 * Why `id` cannot be who acts on a cycle (a person or a service account), or undefined when it
 * can. The workflow applies this rule, the one its recorded commands were accepted under.
 */
export function actorIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0) {
    return 'a person id must be non-empty text';
  }
  if (id.length > PERSON_ID_MAX_LENGTH) {
    return `a person id must be at most ${PERSON_ID_MAX_LENGTH} characters`;
  }
  if (!isStorableText(id)) {
    return 'a person id must not contain control characters or unpaired surrogate halves';
  }
  if (id === SYSTEM_PERSON_ID) {
    return `"${SYSTEM_PERSON_ID}" is reserved for timer-driven events`;
  }
  return undefined;
}

/**
 * Why `id` cannot name a person (a token's `sub`, an owner, an approver, a delegate), or undefined
 * when it can: a person is never `system` nor a service account, so four eyes that compare ids
 * cannot be passed by an integration's key.
 */
export function personIdProblem(id: unknown): string | undefined {
  const problem = actorIdProblem(id);
  if (problem) {
    return problem;
  }
  return isServiceAccountId(id)
    ? `"${SERVICE_ACCOUNT_ID_PREFIX}" begins only service accounts' ids, never a person's`
    : undefined;
}
