/**
 * The largest command a cycle accepts, in one place: the HTTP DTOs, the OpenAPI document and the
 * workflow's validators all read these. Sized so that the largest state (every list full of
 * three-byte characters) stays well under Temporal's 2 MiB payload limit: about 0.4 MiB of root
 * causes and 0.25 MiB of initiatives; `test/e2e/largest-body.test.ts` records it.
 */
export const CYCLE_INPUT_LIMITS = Object.freeze({
  /** Gap statement and its evidence. */
  gapText: 4000,
  causes: 20,
  /** A cause's description and its evidence. */
  causeText: 2000,
  whys: 5,
  whyText: 500,
  initiatives: 30,
  initiativeTitle: 300,
  expectedEffect: 2000,
  /** Submit notes, progress notes. */
  note: 2000,
  /** Reasons of decisions, cancellations and re-evaluations. */
  reason: 2000,
});
