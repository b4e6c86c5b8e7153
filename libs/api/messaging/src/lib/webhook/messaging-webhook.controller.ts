import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { MessagingWebhookService } from './messaging-webhook.service';

/** GET/POST /hooks/whatsapp/:channelId — the providers' webhooks (signed, no login). */
@Public()
@Controller('hooks/whatsapp')
export class MessagingWebhookController {
  constructor(private readonly webhooks: MessagingWebhookService) {}

  /** Meta's subscription check: `hub.challenge` back when `hub.verify_token` is the channel's. */
  @Get(':channelId')
  async verify(
    @Ctx() ctx: RequestContext,
    @Param('channelId') channelId: string,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const challenge = await this.webhooks.verify(ctx, channelId, query);
    // Set only on success: an error answer is JSON.
    void reply.header('content-type', 'text/plain; charset=utf-8');
    return challenge;
  }

  @Post(':channelId')
  @HttpCode(200)
  async receive(
    @Ctx() ctx: RequestContext,
    @Param('channelId') channelId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | { received: number }> {
    const rawBody = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    const result = await this.webhooks.receive(ctx, {
      channelId,
      rawBody,
      url: request.url,
      headers: request.headers,
    });
    if (result.provider === 'TWILIO') {
      void reply.header('content-type', 'text/xml; charset=utf-8');
      return '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
    }
    return { received: result.messages };
  }
}
