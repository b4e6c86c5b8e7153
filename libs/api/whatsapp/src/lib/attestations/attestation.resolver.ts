import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ClientModel } from '@klarsicht/api-clients';
import type { AnswerKey } from '@klarsicht/compliance-rules';
import { WhatsAppAccountModel } from '../models/whatsapp.models';
import {
  AnswerAttestationModel,
  AnswerRefArgs,
  AttestationPolicyInput,
  AttestationPolicyModel,
  ReviewAnswerInput,
} from './attestation.models';
import { AttestationService } from './attestation.service';

@Resolver(() => WhatsAppAccountModel)
export class AttestationResolver {
  constructor(private readonly service: AttestationService) {}

  @ResolveField(() => [AnswerAttestationModel], {
    description:
      'Who gave each answer, its state and evidence (answers given before attestations have none).',
  })
  attestations(
    @Ctx() ctx: RequestContext,
    @Parent() account: WhatsAppAccountModel,
  ): Promise<AnswerAttestationModel[]> {
    return this.service.ofAccount(ctx, account.id);
  }

  @Mutation(() => AnswerAttestationModel, {
    description:
      "The DPO verifies or rejects (with a comment) a client's CLAIMED answer; a rejection opens a task.",
  })
  reviewAnswer(
    @Ctx() ctx: RequestContext,
    @Args() ref: AnswerRefArgs,
    @Args('input') input: ReviewAnswerInput,
  ): Promise<AnswerAttestationModel> {
    return this.service.review(ctx, ref.accountId, ref.key as AnswerKey, input);
  }

  @Mutation(() => AnswerAttestationModel, {
    description:
      'Attach one of the client’s documents (uploaded with the document rules) as evidence of an answer.',
  })
  attachAnswerEvidence(
    @Ctx() ctx: RequestContext,
    @Args() ref: AnswerRefArgs,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<AnswerAttestationModel> {
    return this.service.attachEvidence(ctx, ref.accountId, ref.key as AnswerKey, documentId);
  }
}

@Resolver(() => ClientModel)
export class ClientAttestationResolver {
  constructor(private readonly service: AttestationService) {}

  @ResolveField(() => AttestationPolicyModel)
  attestationPolicy(
    @Ctx() ctx: RequestContext,
    @Parent() client: ClientModel,
  ): Promise<AttestationPolicyModel> {
    return this.service.policy(ctx, client.id);
  }

  @Mutation(() => AttestationPolicyModel, {
    description:
      "The firm's switch per client: whether CLAIMED answers count for CRITICAL/HIGH rules, and the re-attestation period.",
  })
  setAttestationPolicy(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('input') input: AttestationPolicyInput,
  ): Promise<AttestationPolicyModel> {
    return this.service.setPolicy(ctx, clientId, input);
  }
}
