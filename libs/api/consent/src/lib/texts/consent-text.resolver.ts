import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { LintConsentTextInput, PublishConsentTextInput } from '../dto/consent.inputs';
import { ConsentTextReviewModel } from '../models/consent-text-review.model';
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

  @Query(() => ConsentTextReviewModel, {
    description:
      'Review a draft consent text before publishing it (docs/judgement.md): findings with severity, messages, legal reference and the passage, and the readability score. Nothing is stored.',
  })
  lintConsentText(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LintConsentTextInput,
  ): Promise<ConsentTextReviewModel> {
    return this.texts.lint(ctx, input);
  }

  @Mutation(() => ConsentTextVersionModel, {
    description:
      'Publish a new, immutable consent text version; the review findings are stored with it and CONSENT-TEXT is re-evaluated.',
  })
  publishConsentText(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PublishConsentTextInput,
  ): Promise<ConsentTextVersionModel> {
    return this.texts.publish(ctx, input);
  }
}
