import { isStorableText } from '../text/storable-text';

/** Person ids are the `sub` of a token: compared exactly as given, never case-folded or trimmed. */
export const PERSON_ID_MAX_LENGTH = 200;

/** The actor of timer-driven events; no token may claim it. */
export const SYSTEM_PERSON_ID = 'system';

/** Why `id` cannot name a person, or undefined when it can. */
export function personIdProblem(id: unknown): string | undefined {
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
