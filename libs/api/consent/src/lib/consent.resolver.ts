import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { ConsentStatsModel } from '@klarsicht/api-clients';
import { ConsentPurposeEnum, type ConsentPurpose } from './consent.enums';
import { ConsentImportService } from './consent-import.service';
import { ConsentService } from './consent.service';
import { ConsentFilter, ConsentLegalHoldInput, EraseConsentSubjectInput, PublishConsentTextInput, RecordConsentInput, RequestConsentInput, WithdrawConsentInput } from './dto/consent.inputs';
import {
  ConsentEventModel,
  ConsentImportModel,
  ConsentProofModel,
  ConsentRecordConnection,
  ConsentRecordModel,
  ConsentRequestModel,
  ConsentSubjectStatusModel,
  ConsentTextVersionModel,
  ErasureResultModel,
  PublicConsentRequestModel,
  PublicWithdrawalModel,
} from './models/consent.models';
import DataLoader from 'dataloader';

@Resolver(() => ConsentRecordModel)
export class ConsentResolver {
  constructor(
    private readonly consent: ConsentService,
    private readonly imports: ConsentImportService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [ConsentTextVersionModel], { description: "A client's published consent texts, newest version first." })
  consentTexts(@Ctx() ctx: RequestContext, @Args('clientId', { type: () => ID }) clientId: string): Promise<ConsentTextVersionModel[]> {
    return this.consent.texts(ctx, clientId);
  }

  @Query(() => ConsentRecordConnection)
  consentRecords(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('filter', { type: () => ConsentFilter, nullable: true }) filter: ConsentFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConsentRecordConnection> {
    return this.consent.list(ctx, clientId, filter, first, after);
  }

  @Query(() => ConsentStatsModel, { description: "A client's consents per status (also for keys with consents:read only)." })
  consentStats(@Ctx() ctx: RequestContext, @Args('clientId', { type: () => ID }) clientId: string): Promise<ConsentStatsModel> {
    return this.consent.stats(ctx, clientId);
  }

  @Query(() => ConsentProofModel, { description: 'The full history of one person with a client, with the exact texts (JSON included).' })
  consentProof(@Ctx() ctx: RequestContext, @Args('clientId', { type: () => ID }) clientId: string, @Args('phoneNumber', { type: () => String }) phoneNumber: string): Promise<ConsentProofModel> {
    return this.consent.proof(ctx, clientId, phoneNumber);
  }

  @Query(() => ConsentImportModel, { description: 'Progress and result of a CSV import.' })
  consentImport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ConsentImportModel> {
    return this.imports.get(ctx, id);
  }

  @Query(() => [ConsentImportModel], { description: "A client's latest CSV imports, newest first (poll while one is RUNNING)." })
  consentImports(@Ctx() ctx: RequestContext, @Args('clientId', { type: () => ID }) clientId: string): Promise<ConsentImportModel[]> {
    return this.imports.recent(ctx, clientId);
  }

  @Public()
  @Query(() => PublicConsentRequestModel, { description: 'Public (no login): what the confirmation page shows for a token.' })
  consentConfirmation(@Ctx() ctx: RequestContext, @Args('token', { type: () => String }) token: string): Promise<PublicConsentRequestModel> {
    return this.consent.publicRequest(ctx, token);
  }

  @Public()
  @Query(() => PublicWithdrawalModel, { description: 'Public (no login): what the withdrawal page shows for a token.' })
  consentWithdrawal(@Ctx() ctx: RequestContext, @Args('token', { type: () => String }) token: string): Promise<PublicWithdrawalModel> {
    return this.consent.publicWithdrawal(ctx, token);
  }

  @Mutation(() => ConsentTextVersionModel, { description: 'Publish a new, immutable consent text version.' })
  publishConsentText(@Ctx() ctx: RequestContext, @Args('input') input: PublishConsentTextInput): Promise<ConsentTextVersionModel> {
    return this.consent.publishText(ctx, input);
  }

  @Mutation(() => ConsentRequestModel, { description: 'Start a double opt-in: returns the one-time confirmation link for the person.' })
  requestConsent(@Ctx() ctx: RequestContext, @Args('input') input: RequestConsentInput): Promise<ConsentRequestModel> {
    return this.consent.request(ctx, input);
  }

  @Public()
  @Mutation(() => ConsentRequestModel, { description: 'Public (no login): the person confirms. Records time, IP, user agent and the text version. Works once.' })
  confirmConsent(@Ctx() ctx: RequestContext, @Args('token', { type: () => String }) token: string): Promise<ConsentRequestModel> {
    return this.consent.confirm(ctx, token);
  }

  @Public()
  @Mutation(() => PublicWithdrawalModel, { description: 'Public (no login): withdraw through the link from the confirmation (purposes omitted: all).' })
  withdrawConsentByToken(
    @Ctx() ctx: RequestContext,
    @Args('token', { type: () => String }) token: string,
    @Args('purposes', { type: () => [ConsentPurposeEnum], nullable: true }) purposes: ConsentPurpose[] | null,
  ): Promise<PublicWithdrawalModel> {
    return this.consent.withdrawByToken(ctx, token, purposes);
  }

  @Mutation(() => [ConsentRecordModel], { description: 'Record a consent confirmed elsewhere, with its evidence.' })
  recordConsent(@Ctx() ctx: RequestContext, @Args('input') input: RecordConsentInput): Promise<ConsentRecordModel[]> {
    return this.consent.record(ctx, input);
  }

  @Mutation(() => [ConsentRecordModel], { description: 'Withdraw (e.g. a BSP forwarding "STOP"); purposes omitted: all. Unknown numbers answer [].' })
  withdrawConsent(@Ctx() ctx: RequestContext, @Args('input') input: WithdrawConsentInput): Promise<ConsentRecordModel[]> {
    return this.consent.withdraw(ctx, input);
  }

  @Mutation(() => ErasureResultModel, { description: "Erase a person's identifiers (Art. 17 GDPR); the pseudonymous history stays. Blocked by a legal hold." })
  eraseConsentSubject(@Ctx() ctx: RequestContext, @Args('input') input: EraseConsentSubjectInput): Promise<ErasureResultModel> {
    return this.consent.erase(ctx, input);
  }

  @Mutation(() => ConsentSubjectStatusModel, { description: 'Set (with a reason) or release (without) a legal hold that blocks erasure.' })
  setConsentLegalHold(@Ctx() ctx: RequestContext, @Args('input') input: ConsentLegalHoldInput): Promise<ConsentSubjectStatusModel> {
    return this.consent.setLegalHold(ctx, input);
  }

  @ResolveField('events', () => [ConsentEventModel])
  events(@Ctx() ctx: RequestContext, @Parent() record: ConsentRecordModel): Promise<ConsentEventModel[]> {
    // Evidence is for the firm and its client: never for the public confirmation and withdrawal pages.
    this.access.require(ctx, 'consents', 'read');
    let loader = ctx.loaders.get('consent.events') as DataLoader<string, ConsentEventModel[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, ConsentEventModel[]>(async (ids) => {
        const found = await this.consent.eventsFor(ctx, ids);
        return ids.map((id) => found.get(id) ?? []);
      });
      ctx.loaders.set('consent.events', loader);
    }
    return loader.load(record.id);
  }
}
