import { ValidateBy } from 'class-validator';

/** Words of the placeholders people copy from samples; a secret anyone can read is no secret. */
const SAMPLE_WORDS = /change[-_ ]?me|secret|example|placeholder|replace[-_ ]?me/i;
/** A random 32-character secret has far more; fewer means `aaaa…` or `abab…`. */
const MIN_DISTINCT_CHARACTERS = 8;

/** Whether a configured secret is a sample or placeholder value rather than a random one. */
export function isSampleSecret(value: string): boolean {
  return SAMPLE_WORDS.test(value) || new Set(value).size < MIN_DISTINCT_CHARACTERS;
}

export function NotSampleSecret(name: string): PropertyDecorator {
  return ValidateBy({
    name: 'notSampleSecret',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !isSampleSecret(value),
      defaultMessage: () =>
        `${name} looks like a sample or placeholder value: set a random one (e.g. openssl rand -base64 48)`,
    },
  });
}
