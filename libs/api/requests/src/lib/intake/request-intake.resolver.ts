import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import {
  PublicRequestIntakeModel,
  RequestIntakeSettingsModel,
  SubmitDataSubjectRequestInput,
  SubmittedRequestModel,
} from './request-intake.models';
import { RequestIntakeService } from './request-intake.service';

@Resolver()
export class RequestIntakeResolver {
  constructor(private readonly intake: RequestIntakeService) {}

  @Query(() => RequestIntakeSettingsModel, {
    description: "A client's public intake form: on or off, its URL.",
  })
  dataSubjectRequestIntake(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<RequestIntakeSettingsModel> {
    return this.intake.settings(ctx, clientId);
  }

  @Mutation(() => RequestIntakeSettingsModel, {
    description:
      'Turn the public intake form on or off; newLink replaces its URL (the old one stops working).',
  })
  setDataSubjectRequestIntake(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('enabled') enabled: boolean,
    @Args('newLink', { nullable: true, type: () => Boolean }) newLink: boolean | null,
  ): Promise<RequestIntakeSettingsModel> {
    return this.intake.configure(ctx, clientId, enabled, newLink ?? false);
  }

  @Public()
  @Query(() => PublicRequestIntakeModel, { description: 'Public (no login): what the intake form shows.' })
  publicDataSubjectRequestIntake(
    @Ctx() ctx: RequestContext,
    @Args('token') token: string,
  ): Promise<PublicRequestIntakeModel> {
    return this.intake.describe(ctx, token);
  }

  @Public()
  @Mutation(() => SubmittedRequestModel, {
    description: 'Public (no login), rate-limited: a person submits a request through the form.',
  })
  submitDataSubjectRequest(
    @Ctx() ctx: RequestContext,
    @Args('token') token: string,
    @Args('input') input: SubmitDataSubjectRequestInput,
  ): Promise<SubmittedRequestModel> {
    return this.intake.submit(ctx, token, input);
  }
}
