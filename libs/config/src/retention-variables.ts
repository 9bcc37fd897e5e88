import { ValidateBy } from 'class-validator';
import { isIsoDuration, isoDurationToMs } from '@app/domain';
import { IdentityVariables } from './identity-variables';

/**
 * An ISO 8601 duration from `least` to `most`: the message names the variable, its bounds and
 * its default, so a bad value says how to fix it.
 */
export function IsoDurationWithin(
  name: string,
  least: string,
  most: string,
  example: string,
): PropertyDecorator {
  const ms = (text: string) => isoDurationToMs(text, new Date(0));
  return ValidateBy({
    name: `${name}Bounds`,
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        isIsoDuration(value) &&
        ms(value) >= ms(least) &&
        ms(value) <= ms(most),
      defaultMessage: () =>
        `${name} must be an ISO 8601 duration from ${least} to ${most}, e.g. ${example}`,
    },
  });
}

/** How long records that only serve a while are kept before a Temporal Schedule prunes them. */
export class RetentionVariables extends IdentityVariables {
  /**
   * How long an `Idempotency-Key` answers a retry with the first answer; an older key is
   * forgotten and may be used again. At least an hour: longer than any client's retries.
   */
  @IsoDurationWithin('IDEMPOTENCY_KEY_TTL', 'PT1H', 'P365D', 'P1D')
  IDEMPOTENCY_KEY_TTL = 'P1D';

  /**
   * How long a message every receiver accepted stays listed with its deliveries. Messages still
   * waiting, or failed somewhere, are kept.
   */
  @IsoDurationWithin('DELIVERED_MESSAGE_RETENTION', 'PT1H', 'P3650D', 'P30D')
  DELIVERED_MESSAGE_RETENTION = 'P30D';
}
