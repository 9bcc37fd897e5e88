import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import {
  CreateWebhookDto,
  DeliveryItemView,
  DeliveryParams,
  WebhookView,
  WebhookWithSecretView,
} from './webhook.dto';
import { WebhooksService } from './webhooks.service';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

/**
 * Webhook endpoints: each gets the cycle events it subscribes to, signed per Standard Webhooks,
 * at least once and in order per cycle, retried for more than a day.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('v1/webhooks')
@Roles(Role.Admin)
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @IdempotentWrite()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a webhook endpoint; its signing secret is shown this once' })
  @ApiCreatedResponse({ type: WebhookWithSecretView })
  @ApiBadRequestResponse({
    description:
      'Not https, or a host resolving to an internal address, unless listed in WEBHOOK_ALLOWED_HOSTS; an unknown event type.',
  })
  async create(
    @Body() body: CreateWebhookDto,
    @Change() change: ChangeContext,
  ): Promise<WebhookWithSecretView> {
    const { url, events, description } = body;
    const endpoint = await this.webhooks.create({ url, events, description }, change);
    return WebhookWithSecretView.withSecret(endpoint);
  }

  @Get()
  @ApiOperation({ summary: 'List the webhook endpoints, oldest first (never their secrets)' })
  @ApiListResponse(WebhookView)
  async list(@Query() query: PageQuery): Promise<ListResponse<WebhookView>> {
    const page = await this.webhooks.list(query.toPageRequest());
    return { items: page.items.map((row) => WebhookView.of(row)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One webhook endpoint (never its secret)' })
  @ApiOkResponse({ type: WebhookView })
  @ApiNotFoundResponse({ description: 'No such endpoint, or it was deleted.' })
  async get(@Param() { id }: IdParam): Promise<WebhookView> {
    return WebhookView.of(await this.webhooks.get(id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook endpoint: nothing more is sent to it' })
  @ApiNoContentResponse({ description: 'Deleted; what still waited for it is marked failed.' })
  @ApiNotFoundResponse({ description: 'No such endpoint, or it was deleted.' })
  async delete(@Param() { id }: IdParam, @Change() change: ChangeContext): Promise<void> {
    await this.webhooks.delete(id, change);
  }

  @Post(':id/rotate-secret')
  @IdempotentWrite()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replace the signing secret; the old one keeps signing beside it for 24 hours',
  })
  @ApiOkResponse({ type: WebhookWithSecretView })
  @ApiNotFoundResponse({ description: 'No such endpoint, or it was deleted.' })
  async rotateSecret(
    @Param() { id }: IdParam,
    @Change() change: ChangeContext,
  ): Promise<WebhookWithSecretView> {
    return WebhookWithSecretView.withSecret(await this.webhooks.rotateSecret(id, change));
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'What was sent to the endpoint, oldest first, with each one’s state' })
  @ApiListResponse(DeliveryItemView)
  @ApiNotFoundResponse({ description: 'No such endpoint, or it was deleted.' })
  async deliveries(
    @Param() { id }: IdParam,
    @Query() query: PageQuery,
  ): Promise<ListResponse<DeliveryItemView>> {
    const page = await this.webhooks.deliveriesOf(id, query.toPageRequest());
    return {
      items: page.items.map((row) => DeliveryItemView.of(row)),
      nextCursor: page.nextCursor,
    };
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a message once more, with the same webhook-id' })
  @ApiAcceptedResponse({ description: 'One more attempt is due now.' })
  @ApiNotFoundResponse({ description: 'No such endpoint or delivery.' })
  async redeliver(@Param() { id, deliveryId }: DeliveryParams): Promise<void> {
    await this.webhooks.redeliver(id, deliveryId);
  }
}
