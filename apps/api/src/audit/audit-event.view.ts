import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class AuditActorView {
  @ApiProperty({ description: 'The person, service account or system that acted.' }) id!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}

/** One event of an audit chain, as the history and its bundle give it. */
export class AuditEventView {
  @ApiProperty({ type: 'integer', minimum: 1 }) seq!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) cycleId!: string | null;
  @ApiProperty({ type: AuditActorView }) actor!: AuditActorView;
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) stage!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'What the event says: free-form, its fields depend on `action` (left open on purpose).',
  })
  data!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ description: 'The previous event’s hash (64 zeros for the first).' })
  prevHash!: string;
  @ApiProperty({ description: 'SHA-256 over prevHash and the canonical JSON of the event.' })
  hash!: string;
}

export class AuditHistoryView {
  @ApiProperty({ type: [AuditEventView], description: 'Oldest first.' }) items!: AuditEventView[];
}

/** A chain's head, signed. */
export class SignedCheckpointView {
  @ApiProperty({ description: '`catalog` or `cycle:<cycleId>`.' }) chain!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) seq!: number;
  @ApiProperty({ description: 'The hash of event `seq`, the head signed.' }) headHash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kid!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: '^[0-9a-f]{64}$',
    description:
      'SHA-256 (hex) of the canonical JSON of the previous checkpoint’s statement; null for the chain’s first. Absent on checkpoints signed before checkpoints were linked.',
  })
  prev?: string | null;
  @ApiProperty({
    description:
      'Ed25519, base64url, over the canonical JSON of `{ type: "audit-checkpoint", chain, seq, headHash, at, kid, prev }` (without `prev`, type `audit-checkpoint/v1`, for an unlinked one).',
  })
  signature!: string;
}

export class HistoryBundleView {
  @ApiProperty({ type: [AuditEventView], description: 'Oldest first.' }) events!: AuditEventView[];
  @ApiProperty({
    type: SignedCheckpointView,
    nullable: true,
    description: 'The chain’s latest signed head, read before its events; null before the first.',
  })
  checkpoint!: SignedCheckpointView | null;
  @ApiProperty({
    type: [SignedCheckpointView],
    description:
      'Every checkpoint of the chain, oldest first, each linked to the one before (`prev`): the verifier checks them all.',
  })
  checkpoints!: SignedCheckpointView[];
}

class VerifiedCheckpointView {
  @ApiProperty({ type: 'integer', minimum: 1 }) seq!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kid!: string;
}

export class ChainVerificationView {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many events were read.' })
  events!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Null for an empty chain.' })
  headHash!: string | null;
  @ApiProperty({
    type: 'integer',
    required: false,
    description: 'When not valid: the seq of the first event that does not verify.',
  })
  brokenAt?: number;
  @ApiProperty({ required: false, description: 'When not valid: why.' }) reason?: string;
  @ApiProperty({
    type: VerifiedCheckpointView,
    nullable: true,
    description: 'The signed head the chain was checked against; null before the first.',
  })
  checkpoint!: VerifiedCheckpointView | null;
}
