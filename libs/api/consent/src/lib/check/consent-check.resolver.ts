import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ConsentPurposeEnum, type ConsentPurpose } from '../consent.enums';
import { ConsentCheckModel } from '../models/consent-check.model';
import { ConsentCheckService } from './consent-check.service';

@Resolver(() => ConsentCheckModel)
export class ConsentCheckResolver {
  constructor(private readonly checks: ConsentCheckService) {}

  @Query(() => ConsentCheckModel, {
    description:
      'Before sending: may this client message this number for this purpose (API key scope consents:read)?',
  })
  consentStatus(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('phoneNumber', { type: () => String }) phoneNumber: string,
    @Args('purpose', { type: () => ConsentPurposeEnum }) purpose: ConsentPurpose,
  ): Promise<ConsentCheckModel> {
    return this.checks.status(ctx, clientId, phoneNumber, purpose);
  }

  @Query(() => [ConsentCheckModel], {
    description: 'consentStatus for up to 1,000 numbers in one statement, in the order given.',
  })
  consentStatuses(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('phoneNumbers', { type: () => [String] }) phoneNumbers: string[],
    @Args('purpose', { type: () => ConsentPurposeEnum }) purpose: ConsentPurpose,
  ): Promise<ConsentCheckModel[]> {
    return this.checks.statuses(ctx, clientId, phoneNumbers, purpose);
  }
}
