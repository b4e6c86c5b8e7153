import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { contextLoader, Ctx, type RequestContext } from '@klarsicht/api-core';
import { DataSubjectRequestActionsService } from './data-subject-request-actions.service';
import { DataSubjectRequestService } from './data-subject-request.service';
import {
  CloseDataSubjectRequestInput,
  CreateDataSubjectRequestInput,
  DataSubjectRequestsArgs,
  ExtendDataSubjectRequestInput,
} from './dto/data-subject-request.inputs';
import {
  DataSubjectRequestConnection,
  DataSubjectRequestModel,
  RequestActionModel,
  RequestActionResultModel,
} from './models/data-subject-request.model';
import {
  IdentityStatusEnum,
  RequestActionEnum,
  type IdentityStatus,
  type RequestAction,
} from './requests.enums';

@Resolver(() => DataSubjectRequestModel)
export class DataSubjectRequestResolver {
  constructor(
    private readonly requests: DataSubjectRequestService,
    private readonly actions: DataSubjectRequestActionsService,
  ) {}

  @Query(() => DataSubjectRequestConnection, {
    description: "A client's data subject requests (without clientId: the firm's), soonest due first.",
  })
  dataSubjectRequests(
    @Ctx() ctx: RequestContext,
    @Args() args: DataSubjectRequestsArgs,
  ): Promise<DataSubjectRequestConnection> {
    return this.requests.list(ctx, args);
  }

  @Query(() => DataSubjectRequestModel)
  dataSubjectRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.get(ctx, id);
  }

  @Mutation(() => DataSubjectRequestModel, {
    description: 'Log a request; its deadline (Art. 12(3) DSGVO) and a task with that due date follow.',
  })
  createDataSubjectRequest(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.create(ctx, input);
  }

  @Mutation(() => DataSubjectRequestModel, {
    description: 'Extend by up to two further months with reasons, within the first month.',
  })
  extendDataSubjectRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ExtendDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.extend(ctx, id, input);
  }

  @Mutation(() => DataSubjectRequestModel, {
    description: "Record the outcome of the person's identity check.",
  })
  setDataSubjectRequestIdentity(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => IdentityStatusEnum }) status: IdentityStatus,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.setIdentityStatus(ctx, id, status);
  }

  @Mutation(() => RequestActionResultModel, {
    description: "Act on the person's consent data (the identity must be verified); recorded and audited.",
  })
  runDataSubjectRequestAction(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('action', { type: () => RequestActionEnum }) action: RequestAction,
  ): Promise<RequestActionResultModel> {
    return this.actions.run(ctx, id, action);
  }

  @Mutation(() => DataSubjectRequestModel, { description: 'Close with the date the person was answered.' })
  closeDataSubjectRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CloseDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.close(ctx, id, input);
  }

  @ResolveField('actions', () => [RequestActionModel])
  requestActions(
    @Ctx() ctx: RequestContext,
    @Parent() request: DataSubjectRequestModel,
  ): Promise<RequestActionModel[]> {
    return contextLoader<string, RequestActionModel[]>(
      ctx,
      'data-subject-request.actions',
      (ids) => this.requests.actionsFor(ctx, ids),
      [],
    ).load(request.id);
  }

  @ResolveField('contact', () => String, {
    nullable: true,
    description: 'How to answer the person, as given on the online intake form (stored sealed).',
  })
  contact(@Parent() request: DataSubjectRequestModel): string | null {
    return this.requests.contact(request.sealedContact);
  }
}
