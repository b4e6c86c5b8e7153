import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, contextLoader, Ctx, type RequestContext } from '@klarsicht/api-core';
import { ConsentFilter, RecordConsentInput, WithdrawConsentInput } from '../dto/consent.inputs';
import { ConsentEventModel, ConsentRecordConnection, ConsentRecordModel } from '../models/consent.models';
import { ConsentStatsModel } from '../models/consent-stats.model';
import { ConsentRecordService } from './consent-record.service';

@Resolver(() => ConsentRecordModel)
export class ConsentRecordResolver {
  constructor(
    private readonly records: ConsentRecordService,
    private readonly access: AccessService,
  ) {}

  @Query(() => ConsentRecordConnection)
  consentRecords(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('filter', { type: () => ConsentFilter, nullable: true }) filter: ConsentFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConsentRecordConnection> {
    return this.records.list(ctx, clientId, filter, first, after);
  }

  @Query(() => ConsentStatsModel, {
    description: "A client's consents per status (also for keys with consents:read only).",
  })
  consentStats(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<ConsentStatsModel> {
    return this.records.stats(ctx, clientId);
  }

  @Mutation(() => [ConsentRecordModel], {
    description: 'Record a consent confirmed elsewhere, with its evidence.',
  })
  recordConsent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordConsentInput,
  ): Promise<ConsentRecordModel[]> {
    return this.records.record(ctx, input);
  }

  @Mutation(() => [ConsentRecordModel], {
    description: 'Withdraw (e.g. a BSP forwarding "STOP"); purposes omitted: all. Unknown numbers answer [].',
  })
  withdrawConsent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: WithdrawConsentInput,
  ): Promise<ConsentRecordModel[]> {
    return this.records.withdraw(ctx, input);
  }

  @ResolveField('events', () => [ConsentEventModel])
  events(@Ctx() ctx: RequestContext, @Parent() record: ConsentRecordModel): Promise<ConsentEventModel[]> {
    // Evidence is for the firm and its client: never for the public confirmation and withdrawal pages.
    this.access.require(ctx, 'consents', 'read');
    return contextLoader<string, ConsentEventModel[]>(
      ctx,
      'consent.events',
      (ids) => this.records.eventsFor(ctx, ids),
      [],
    ).load(record.id);
  }
}
