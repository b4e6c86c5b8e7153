import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ConsentLegalHoldInput, EraseConsentSubjectInput } from '../dto/consent.inputs';
import { ConsentSubjectStatusModel, ErasureResultModel } from '../models/consent.models';
import { ConsentErasureService } from './consent-erasure.service';

@Resolver()
export class ConsentErasureResolver {
  constructor(private readonly erasure: ConsentErasureService) {}

  @Mutation(() => ErasureResultModel, {
    description:
      "Erase a person's identifiers (Art. 17 GDPR); the pseudonymous history stays. Blocked by a legal hold.",
  })
  eraseConsentSubject(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EraseConsentSubjectInput,
  ): Promise<ErasureResultModel> {
    return this.erasure.erase(ctx, input);
  }

  @Mutation(() => ConsentSubjectStatusModel, {
    description: 'Set (with a reason) or release (without) a legal hold that blocks erasure.',
  })
  setConsentLegalHold(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConsentLegalHoldInput,
  ): Promise<ConsentSubjectStatusModel> {
    return this.erasure.setLegalHold(ctx, input);
  }
}
