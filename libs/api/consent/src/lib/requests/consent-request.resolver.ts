import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { ConsentPurposeEnum, type ConsentPurpose } from '../consent.enums';
import { RequestConsentInput } from '../dto/consent.inputs';
import {
  ConsentRequestModel,
  PublicConsentRequestModel,
  PublicWithdrawalModel,
} from '../models/consent.models';
import { ConsentRequestService } from './consent-request.service';

@Resolver(() => ConsentRequestModel)
export class ConsentRequestResolver {
  constructor(private readonly requests: ConsentRequestService) {}

  @Mutation(() => ConsentRequestModel, {
    description: 'Start a double opt-in: returns the one-time confirmation link for the person.',
  })
  requestConsent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RequestConsentInput,
  ): Promise<ConsentRequestModel> {
    return this.requests.request(ctx, input);
  }

  @Public()
  @Query(() => PublicConsentRequestModel, {
    description: 'Public (no login): what the confirmation page shows for a token.',
  })
  consentConfirmation(
    @Ctx() ctx: RequestContext,
    @Args('token', { type: () => String }) token: string,
  ): Promise<PublicConsentRequestModel> {
    return this.requests.publicRequest(ctx, token);
  }

  @Public()
  @Query(() => PublicWithdrawalModel, {
    description: 'Public (no login): what the withdrawal page shows for a token.',
  })
  consentWithdrawal(
    @Ctx() ctx: RequestContext,
    @Args('token', { type: () => String }) token: string,
  ): Promise<PublicWithdrawalModel> {
    return this.requests.publicWithdrawal(ctx, token);
  }

  @Public()
  @Mutation(() => ConsentRequestModel, {
    description:
      'Public (no login): the person confirms. Records time, IP, user agent and the text version. Works once.',
  })
  confirmConsent(
    @Ctx() ctx: RequestContext,
    @Args('token', { type: () => String }) token: string,
  ): Promise<ConsentRequestModel> {
    return this.requests.confirm(ctx, token);
  }

  @Public()
  @Mutation(() => PublicWithdrawalModel, {
    description:
      'Public (no login): withdraw through the link from the confirmation (purposes omitted: all).',
  })
  withdrawConsentByToken(
    @Ctx() ctx: RequestContext,
    @Args('token', { type: () => String }) token: string,
    @Args('purposes', { type: () => [ConsentPurposeEnum], nullable: true }) purposes: ConsentPurpose[] | null,
  ): Promise<PublicWithdrawalModel> {
    return this.requests.withdrawByToken(ctx, token, purposes);
  }
}
