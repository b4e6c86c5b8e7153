import { Module } from '@nestjs/common';
import { ConsentModule } from '@klarsicht/api-consent';
import { MessagingChannelRepository } from './channels/messaging-channel.repository';
import { MessagingChannelsResolver } from './channels/messaging-channels.resolver';
import { MessagingChannelsService } from './channels/messaging-channels.service';
import { InboundConsentService } from './webhook/inbound-consent.service';
import { MessagingDeliveryRepository } from './webhook/messaging-delivery.repository';
import { MessagingWebhookController } from './webhook/messaging-webhook.controller';
import { MessagingWebhookService } from './webhook/messaging-webhook.service';
import { WebhookRateLimit } from './webhook/webhook-rate-limit';

/** Messaging channels (docs/messaging.md): providers' signed WhatsApp webhooks become consent events. */
@Module({
  imports: [ConsentModule],
  providers: [
    MessagingChannelRepository,
    MessagingDeliveryRepository,
    MessagingChannelsService,
    MessagingChannelsResolver,
    InboundConsentService,
    WebhookRateLimit,
    MessagingWebhookService,
  ],
  controllers: [MessagingWebhookController],
})
export class MessagingModule {}
