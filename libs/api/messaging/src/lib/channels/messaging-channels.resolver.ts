import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { CreateMessagingChannelInput, MessagingKeywordsInput } from '../dto/messaging.inputs';
import {
  MessagingChannelModel,
  MessagingChannelSecretModel,
  MessagingDeliveryModel,
} from '../models/messaging.models';
import { MessagingChannelsService } from './messaging-channels.service';

@Resolver(() => MessagingChannelModel)
export class MessagingChannelsResolver {
  constructor(private readonly channels: MessagingChannelsService) {}

  @Query(() => [MessagingChannelModel], { description: "A client's WhatsApp webhook channels." })
  messagingChannels(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<MessagingChannelModel[]> {
    return this.channels.list(ctx, clientId);
  }

  @Mutation(() => MessagingChannelSecretModel, {
    description:
      'A webhook channel for a client: the URL, and the secret (and Meta verify token) shown once.',
  })
  createMessagingChannel(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateMessagingChannelInput,
  ): Promise<MessagingChannelSecretModel> {
    return this.channels.create(ctx, input);
  }

  @Mutation(() => MessagingChannelSecretModel, {
    description:
      'A new signing secret (given, or generated; shown once); the previous one is still accepted for MESSAGING_SECRET_GRACE_HOURS.',
  })
  rotateMessagingChannelSecret(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('secret', { type: () => String, nullable: true }) secret: string | null,
  ): Promise<MessagingChannelSecretModel> {
    return this.channels.rotate(ctx, id, secret);
  }

  @Mutation(() => MessagingChannelModel, { description: "A channel's opt-out and confirmation keywords." })
  updateMessagingChannelKeywords(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MessagingKeywordsInput,
  ): Promise<MessagingChannelModel> {
    return this.channels.updateKeywords(ctx, id, input);
  }

  @ResolveField(() => [MessagingDeliveryModel], {
    description: 'The newest deliveries: time, kind, outcome.',
  })
  deliveries(
    @Ctx() ctx: RequestContext,
    @Parent() channel: MessagingChannelModel,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<MessagingDeliveryModel[]> {
    return this.channels.deliveriesOf(ctx, channel, first);
  }
}
