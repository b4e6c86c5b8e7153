import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { DocumentsService } from './documents.service';
import {
  CreateDocumentInput,
  DocumentConnection,
  DocumentFilter,
  DocumentModel,
  UpdateDocumentInput,
} from './models/document.models';

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(private readonly service: DocumentsService) {}

  @Query(() => DocumentConnection, {
    description: "A client's documents (archived ones only with status: ARCHIVED).",
  })
  documents(
    @Ctx() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('filter', { type: () => DocumentFilter, nullable: true }) filter: DocumentFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DocumentConnection> {
    return this.service.list(ctx, clientId, filter, first, after);
  }

  @Query(() => DocumentConnection, {
    description: 'Documents of the whole portfolio whose review date has passed.',
  })
  reviewsDue(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DocumentConnection> {
    return this.service.list(ctx, null, { reviewDue: true }, first, after);
  }

  @Query(() => DocumentModel)
  document(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<DocumentModel> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => DocumentModel, {
    description: 'Create a document (DRAFT); upload versions with POST /api/documents/:id/versions.',
  })
  createDocument(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateDocumentInput,
  ): Promise<DocumentModel> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => DocumentModel)
  updateDocument(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDocumentInput,
  ): Promise<DocumentModel> {
    return this.service.update(ctx, id, input);
  }

  @Mutation(() => DocumentModel, {
    description: 'Approve the current version (OWNER, DPO): the next review date is set from the interval.',
  })
  approveDocument(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DocumentModel> {
    return this.service.approve(ctx, id);
  }

  @Mutation(() => DocumentModel, {
    description: 'Return an upload in review to the client with a reason (OWNER, DPO).',
  })
  returnDocument(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<DocumentModel> {
    return this.service.returnForChanges(ctx, id, reason);
  }

  @Mutation(() => DocumentModel)
  archiveDocument(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DocumentModel> {
    return this.service.archive(ctx, id);
  }
}
