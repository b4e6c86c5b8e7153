import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import {
  ApplyProcessingTemplateInput,
  CreateProcessingActivityInput,
  CreateProcessingTemplateInput,
  ProcessingActivitiesArgs,
  UpdateProcessingActivityInput,
} from './dto/processing.inputs';
import {
  ProcessingActivityConnection,
  ProcessingActivityModel,
  ProcessingActivityVersionModel,
  ProcessingTemplateModel,
} from './models/processing-activity.model';
import { ProcessingActivityService } from './processing-activity.service';
import { ProcessingTemplateService } from './processing-template.service';

@Resolver(() => ProcessingActivityModel)
export class ProcessingResolver {
  constructor(
    private readonly activities: ProcessingActivityService,
    private readonly templates: ProcessingTemplateService,
  ) {}

  @Query(() => ProcessingActivityConnection, {
    description: "A client's record of processing activities (Art. 30 DSGVO), oldest first.",
  })
  processingActivities(
    @Ctx() ctx: RequestContext,
    @Args() args: ProcessingActivitiesArgs,
  ): Promise<ProcessingActivityConnection> {
    return this.activities.list(ctx, args);
  }

  @Query(() => ProcessingActivityModel)
  processingActivity(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProcessingActivityModel> {
    return this.activities.get(ctx, id);
  }

  @Mutation(() => ProcessingActivityModel, { description: 'A new activity: version 1, DRAFT.' })
  createProcessingActivity(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateProcessingActivityInput,
  ): Promise<ProcessingActivityModel> {
    return this.activities.create(ctx, input);
  }

  @Mutation(() => ProcessingActivityModel, {
    description: 'A changed record becomes a new DRAFT version; approved versions are kept unchanged.',
  })
  updateProcessingActivity(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProcessingActivityInput,
  ): Promise<ProcessingActivityModel> {
    return this.activities.update(ctx, id, input);
  }

  @Mutation(() => ProcessingActivityModel, { description: 'DRAFT → IN_REVIEW (client users may submit).' })
  submitProcessingActivity(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProcessingActivityModel> {
    return this.activities.submit(ctx, id);
  }

  @Mutation(() => ProcessingActivityModel, {
    description: 'Approve the current version (OWNER or DPO, signed in); the next review is set from now.',
  })
  approveProcessingActivity(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProcessingActivityModel> {
    return this.activities.approve(ctx, id);
  }

  @Query(() => [ProcessingTemplateModel], {
    description: "The built-in WhatsApp templates (German and English), then the firm's own.",
  })
  processingTemplates(@Ctx() ctx: RequestContext): Promise<ProcessingTemplateModel[]> {
    return this.templates.list(ctx);
  }

  @Mutation(() => ProcessingTemplateModel)
  createProcessingTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateProcessingTemplateInput,
  ): Promise<ProcessingTemplateModel> {
    return this.templates.create(ctx, input);
  }

  @Mutation(() => [ProcessingActivityModel], {
    description:
      "One new DRAFT activity per client; built-in templates are prefilled from each client's WhatsApp.",
  })
  applyProcessingTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ApplyProcessingTemplateInput,
  ): Promise<ProcessingActivityModel[]> {
    return this.templates.apply(ctx, input);
  }

  @ResolveField(() => [ProcessingActivityVersionModel], { description: 'Every version, newest first.' })
  versions(
    @Ctx() ctx: RequestContext,
    @Parent() activity: ProcessingActivityModel,
  ): Promise<ProcessingActivityVersionModel[]> {
    return this.activities.versions(ctx, activity.id);
  }
}
