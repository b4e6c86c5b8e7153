import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { DpiaModel, DpiaScreeningModel, SaveDpiaInput, SaveDpiaScreeningInput } from './dpia/dpia.model';
import { DpiaService } from './dpia/dpia.service';
import {
  CreateTechnicalMeasureInput,
  SetTechnicalMeasureStatusInput,
  TechnicalMeasureModel,
} from './toms/tom.model';
import { TomService } from './toms/tom.service';

/** TOMs (Art. 32) and DPIAs (Art. 35) of the registers. */
@Resolver()
export class RegistersResolver {
  constructor(
    private readonly toms: TomService,
    private readonly dpias: DpiaService,
  ) {}

  @Query(() => [TechnicalMeasureModel], {
    description: "The TOM checklist: the catalogue by Art. 32 goal, with the client's status per measure.",
  })
  technicalMeasures(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<TechnicalMeasureModel[]> {
    return this.toms.list(ctx, clientId);
  }

  @Mutation(() => TechnicalMeasureModel)
  setTechnicalMeasureStatus(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetTechnicalMeasureStatusInput,
  ): Promise<TechnicalMeasureModel> {
    return this.toms.setStatus(ctx, input);
  }

  @Mutation(() => TechnicalMeasureModel, { description: "Add a measure to the firm's catalogue." })
  createTechnicalMeasure(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateTechnicalMeasureInput,
  ): Promise<TechnicalMeasureModel> {
    return this.toms.create(ctx, input);
  }

  @Query(() => DpiaScreeningModel, { description: 'The WP248 screening of an activity and its DPIA.' })
  dpiaScreening(
    @Ctx() ctx: RequestContext,
    @Args('activityId', { type: () => ID }) activityId: string,
  ): Promise<DpiaScreeningModel> {
    return this.dpias.screening(ctx, activityId);
  }

  @Mutation(() => DpiaScreeningModel, {
    description: 'Document the screening: two or more criteria, or a list entry, make a DPIA required.',
  })
  saveDpiaScreening(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveDpiaScreeningInput,
  ): Promise<DpiaScreeningModel> {
    return this.dpias.saveScreening(ctx, input);
  }

  @Mutation(() => DpiaModel, { description: 'Save the DPIA (a DRAFT again until approved).' })
  saveDpia(@Ctx() ctx: RequestContext, @Args('input') input: SaveDpiaInput): Promise<DpiaModel> {
    return this.dpias.saveDpia(ctx, input);
  }

  @Mutation(() => DpiaModel, { description: 'Approve the DPIA (OWNER or DPO).' })
  approveDpia(
    @Ctx() ctx: RequestContext,
    @Args('activityId', { type: () => ID }) activityId: string,
  ): Promise<DpiaModel> {
    return this.dpias.approveDpia(ctx, activityId);
  }
}
