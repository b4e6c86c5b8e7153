import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput } from './dto/create-api-key.input';
import { ApiKeyModel, CreatedApiKey } from './models/api-key.model';

@Resolver(() => ApiKeyModel)
export class ApiKeysResolver {
  constructor(private readonly service: ApiKeysService) {}

  @Query(() => [ApiKeyModel], { description: "The firm's API keys, newest first (OWNER, DPO)." })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKeyModel[]> {
    return this.service.list(ctx);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Create an API key; the secret is returned only in this response.',
  })
  createApiKey(@Ctx() ctx: RequestContext, @Args('input') input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ApiKeyModel, { description: 'Revoke an API key at once; revoking twice is harmless.' })
  revokeApiKey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ApiKeyModel> {
    return this.service.revoke(ctx, id);
  }
}
