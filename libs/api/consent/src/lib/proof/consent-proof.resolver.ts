import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ConsentProofModel } from '../models/consent.models';
import { ConsentProofService } from './consent-proof.service';

@Resolver(() => ConsentProofModel)
export class ConsentProofResolver {
  constructor(private readonly proofs: ConsentProofService) {}

  @Query(() => ConsentProofModel, {
    description: 'The full history of one person with a client, with the exact texts (JSON included).',
  })
  consentProof(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('phoneNumber', { type: () => String }) phoneNumber: string,
  ): Promise<ConsentProofModel> {
    return this.proofs.proof(ctx, clientId, phoneNumber);
  }
}
