import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
} from 'class-validator';
import { ALL_NOTIFICATION_TYPES } from '@app/domain';
import type { DeliveryView, WebhookEndpointEntity } from '@app/persistence';
import { BoundedText, OptionalBoundedText } from '../validation/field-rules';
import { IdParam, lowerCaseIds } from '../validation/id.param';

export const WEBHOOK_URL_MAX_LENGTH = 2000;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 500;

export class CreateWebhookDto {
  @BoundedText(
    WEBHOOK_URL_MAX_LENGTH,
    'An https URL; http, and hosts that resolve to private, loopback or link-local addresses, only for hosts listed in WEBHOOK_ALLOWED_HOSTS.',
  )
  url!: string;

  @ApiProperty({
    enum: ALL_NOTIFICATION_TYPES,
    isArray: true,
    minItems: 1,
    maxItems: ALL_NOTIFICATION_TYPES.length,
    uniqueItems: true,
    description: 'The message types sent to it.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ALL_NOTIFICATION_TYPES.length)
  @ArrayUnique()
  @IsString({ each: true })
  @IsIn(ALL_NOTIFICATION_TYPES, { each: true })
  events!: string[];

  @OptionalBoundedText(WEBHOOK_DESCRIPTION_MAX_LENGTH)
  description?: string;
}

export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ enum: ALL_NOTIFICATION_TYPES, isArray: true }) events!: string[];
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(row: WebhookEndpointEntity): WebhookView {
    return {
      id: row.id,
      url: row.url,
      events: row.events,
      description: row.description,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

/** An endpoint with its secret: answered on creation and rotation only. */
export class WebhookWithSecretView extends WebhookView {
  @ApiProperty({
    description: '`whsec_` + base64: the signing key, shown this once.',
    pattern: '^whsec_[A-Za-z0-9+/=]+$',
  })
  secret!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'After a rotation: until when the previous secret keeps signing beside it.',
  })
  previousSecretExpiresAt?: string;

  static withSecret(row: WebhookEndpointEntity): WebhookWithSecretView {
    return {
      ...WebhookView.of(row),
      secret: row.secret,
      ...(row.previousSecretExpiresAt
        ? { previousSecretExpiresAt: row.previousSecretExpiresAt.toISOString() }
        : {}),
    };
  }
}

export class DeliveryItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The `webhook-id` header of every attempt.' })
  messageId!: string;
  @ApiProperty({ enum: ALL_NOTIFICATION_TYPES }) type!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) status!: string;
  @ApiProperty({ minimum: 0 }) attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 1024,
    description: 'The last answer’s first KiB, or why the attempt got none.',
  })
  lastResponse!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(row: DeliveryView): DeliveryItemView {
    return {
      id: row.id,
      messageId: row.messageId,
      type: row.type,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.lastStatusCode,
      lastResponse: row.lastResponse,
      nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class DeliveryParams extends IdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'deliveryId must be a UUID' })
  @Transform(lowerCaseIds)
  deliveryId!: string;
}
