import { IsOptional, IsString, Matches, ValidateBy } from 'class-validator';
import { isIsoDuration, isoDurationToMs } from '@app/domain';
import { NotificationVariables } from './notification-variables';
import { NotSampleSecret } from './sample-secret';

/** How audit checkpoints are signed, and the login that publishes the signing key. */
export class AuditVariables extends NotificationVariables {
  /**
   * The Ed25519 key that signs audit checkpoints: PKCS#8 PEM text, or the path of a PEM file.
   * Unset: one generated once and kept under DATA_DIR.
   */
  @IsOptional()
  @IsString()
  AUDIT_SIGNING_KEY?: string;

  /**
   * The worker's login of cycles_audit_keys, the one role that may add audit signing keys (the
   * apps' role may not). Unset: DATABASE_URL's, which works only for an owner (npm start's).
   */
  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'AUDIT_KEYS_DATABASE_URL must be a postgres:// URL',
  })
  AUDIT_KEYS_DATABASE_URL?: string;

  /** `npm run migrate` sets it on cycles_audit_keys; it goes into AUDIT_KEYS_DATABASE_URL. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~-]{16,}$/, {
    message:
      'AUDIT_KEYS_DATABASE_PASSWORD must be 16+ URL-safe characters (letters, digits, . _ ~ -)',
  })
  @NotSampleSecret('AUDIT_KEYS_DATABASE_PASSWORD')
  AUDIT_KEYS_DATABASE_PASSWORD?: string;

  /** How often every audit chain's changed head is signed (a Temporal Schedule). */
  @IsOptional()
  @ValidateBy({
    name: 'auditCheckpointEvery',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        isIsoDuration(value) &&
        isoDurationToMs(value, new Date(0)) >= 1000 &&
        isoDurationToMs(value, new Date(0)) <= 3_600_000,
      defaultMessage: () =>
        'AUDIT_CHECKPOINT_EVERY must be an ISO 8601 duration from PT1S to PT1H, e.g. PT1H',
    },
  })
  AUDIT_CHECKPOINT_EVERY = 'PT1H';
}
