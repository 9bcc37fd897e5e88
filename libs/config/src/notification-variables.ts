import { IsOptional, IsString, Matches, ValidateBy } from 'class-validator';
import { parseRetrySchedule, STANDARD_RETRY_SCHEDULE } from '@app/domain';
import { IsoDurationWithin, RetentionVariables } from './retention-variables';

/** The most attempts a schedule may list. */
const MAX_ATTEMPTS = 20;
const HOST_LIST = /^[A-Za-z0-9.:[\]-]+(,[A-Za-z0-9.:[\]-]+)*$/;

/** How webhooks and mail leave the service. */
export class NotificationVariables extends RetentionVariables {
  /**
   * Hosts webhook endpoints may use although they are not `https`, or resolve to private,
   * loopback or link-local addresses: comma-separated, e.g. `127.0.0.1,localhost`.
   */
  @IsOptional()
  @Matches(HOST_LIST, { message: 'WEBHOOK_ALLOWED_HOSTS must be comma-separated host names' })
  WEBHOOK_ALLOWED_HOSTS?: string;

  /**
   * The delay before each delivery attempt, comma-separated ISO 8601 durations: Standard
   * Webhooks' schedule by default (eight attempts over about 27.5 hours). Lower it only for tests.
   */
  @IsOptional()
  @ValidateBy({
    name: 'retrySchedule',
    validator: {
      validate: (value: unknown) => {
        const attempts = typeof value === 'string' ? parseRetrySchedule(value)?.length : undefined;
        return attempts !== undefined && attempts >= 1 && attempts <= MAX_ATTEMPTS;
      },
      defaultMessage: () =>
        `WEBHOOK_RETRY_SCHEDULE must be 1 to ${MAX_ATTEMPTS} comma-separated ISO 8601 durations, e.g. ${STANDARD_RETRY_SCHEDULE}`,
    },
  })
  WEBHOOK_RETRY_SCHEDULE = STANDARD_RETRY_SCHEDULE;

  /**
   * How often a Temporal Schedule wakes every channel with a delivery due: a channel whose wake
   * was lost, and whose delivery workflow never started, waits at most this long.
   */
  @IsoDurationWithin('DELIVERY_SWEEP_EVERY', 'PT1S', 'PT1H', 'PT1M')
  DELIVERY_SWEEP_EVERY = 'PT1M';

  /** `smtp://host:port` (or `smtps://`, with user:password@ when the server wants them). */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/]+\/?$/, { message: 'SMTP_URL must be smtp://host:port' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^[^\s@]+@[^\s@]+$/, { message: 'MAIL_FROM must be an email address' })
  MAIL_FROM = 'improvement-cycles@localhost';

  /** Where people reach the service (links in messages); unset, `http://localhost:<PORT>`. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*[^\s/])?$/, {
    message: 'PUBLIC_URL must be an http(s) URL without a trailing slash',
  })
  PUBLIC_URL?: string;

  webhookAllowedHosts(): string[] {
    return this.WEBHOOK_ALLOWED_HOSTS ? this.WEBHOOK_ALLOWED_HOSTS.split(',') : [];
  }

  /** The retry schedule in milliseconds, one delay per attempt. */
  retryScheduleMs(): number[] {
    return parseRetrySchedule(this.WEBHOOK_RETRY_SCHEDULE) ?? [];
  }
}
