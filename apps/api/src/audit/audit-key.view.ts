import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString } from 'class-validator';
import { CYCLE_INPUT_LIMITS } from '@app/domain';
import type { SigningKey } from '@app/persistence';
import { BoundedText } from '../validation/field-rules';

/** A key that signs checkpoints: its public JWK and when it may have signed. */
export class SigningKeyView implements SigningKey {
  @ApiProperty({ enum: ['OKP'] }) kty!: 'OKP';
  @ApiProperty({ enum: ['Ed25519'] }) crv!: 'Ed25519';
  @ApiProperty({ description: 'The public key, base64url.' }) x!: string;
  @ApiProperty({ description: 'Its RFC 7638 thumbprint: what checkpoints name as `kid`.' })
  kid!: string;
  @ApiProperty({ enum: ['EdDSA'] }) alg!: 'EdDSA';
  @ApiProperty({ enum: ['sig'] }) use!: 'sig';
  @ApiProperty({ format: 'date-time', description: 'When it was published: its window opens.' })
  validFrom!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When another key replaced it or an admin revoked it; null while it signs. A checkpoint it signed at or after this time fails verification.',
  })
  validUntil!: string | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Set once revoked.' })
  revokedAt?: string;
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Set once revoked: checkpoints it signed from this time on fail verification.',
  })
  compromisedSince?: string;
}

export class KeySetView {
  @ApiProperty({ type: [SigningKeyView] }) keys!: SigningKeyView[];
}

export class RevokeKeyDto {
  @BoundedText(CYCLE_INPUT_LIMITS.reason, 'Why the key is revoked, for the audit trail.')
  reason!: string;

  @ApiProperty({
    format: 'date-time',
    description:
      'From when the key may have been in other hands: its checkpoints from then on fail verification. Not in the future.',
  })
  @IsDateString({ strict: true })
  compromisedSince!: string;
}
