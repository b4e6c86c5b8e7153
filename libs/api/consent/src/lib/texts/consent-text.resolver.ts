import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { PublishConsentTextInput } from '../dto/consent.inputs';
import { ConsentTextVersionModel } from '../models/consent.models';
import { ConsentTextService } from './consent-text.service';

@Resolver(() => ConsentTextVersionModel)
export class ConsentTextResolver {
  constructor(private readonly texts: ConsentTextService) {}

  @Query(() => [ConsentTextVersionModel], {
    description: "A client's published consent texts, newest version first.",
  })
  consentTexts(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<ConsentTextVersionModel[]> {
    return this.texts.list(ctx, clientId);
  }

  @Mutation(() => ConsentTextVersionModel, { description: 'Publish a new, immutable consent text version.' })
  publishConsentText(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PublishConsentTextInput,
  ): Promise<ConsentTextVersionModel> {
    return this.texts.publish(ctx, input);
  }
}
