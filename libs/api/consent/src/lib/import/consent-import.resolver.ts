import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ConsentImportModel } from '../models/consent.models';
import { ConsentImportService } from './consent-import.service';

@Resolver(() => ConsentImportModel)
export class ConsentImportResolver {
  constructor(private readonly imports: ConsentImportService) {}

  @Query(() => ConsentImportModel, { description: 'Progress and result of a CSV import.' })
  consentImport(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ConsentImportModel> {
    return this.imports.get(ctx, id);
  }

  @Query(() => [ConsentImportModel], {
    description: "A client's latest CSV imports, newest first (poll while one is RUNNING).",
  })
  consentImports(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<ConsentImportModel[]> {
    return this.imports.recent(ctx, clientId);
  }
}
