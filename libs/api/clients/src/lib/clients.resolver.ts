import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, selectedFields, type RequestContext } from '@klarsicht/api-core';
import { ClientsService } from './clients.service';
import { ClientsArgs, CreateClientInput, UpdateClientInput } from './dto/client.inputs';
import { ClientConnection, ClientModel } from './models/client.model';

@Resolver(() => ClientModel)
export class ClientsResolver {
  constructor(private readonly service: ClientsService) {}

  @Mutation(() => ClientModel)
  createClient(@Ctx() ctx: RequestContext, @Args('input') input: CreateClientInput): Promise<ClientModel> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ClientModel)
  updateClient(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateClientInput,
  ): Promise<ClientModel> {
    return this.service.update(ctx, id, input);
  }

  @Mutation(() => ClientModel, { description: 'Needs clients:delete (not for assistants).' })
  archiveClient(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ClientModel> {
    return this.service.archive(ctx, id);
  }

  @Mutation(() => ClientModel, {
    description: 'Takes an archived client back and reopens its portal. Needs clients:delete.',
  })
  restoreClient(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ClientModel> {
    return this.service.restore(ctx, id);
  }

  @Query(() => ClientModel, {
    nullable: true,
    description: 'A client visible to the caller; NOT_FOUND otherwise.',
  })
  client(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ClientModel> {
    return this.service.get(ctx, id);
  }

  @Query(() => ClientConnection)
  clients(
    @Ctx() ctx: RequestContext,
    @Args() args: ClientsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClientConnection> {
    return this.service.list(ctx, args, selectedFields(info, ['edges', 'node']));
  }
}
