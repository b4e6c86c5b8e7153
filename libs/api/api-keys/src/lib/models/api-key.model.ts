import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { API_SCOPES, type ApiScope } from '@klarsicht/shared';

// GraphQL enum names cannot hold a colon: `clients:read` is written CLIENTS_READ.
export const ApiScopeEnum = Object.fromEntries(
  API_SCOPES.map((scope) => [scope.replace(':', '_').toUpperCase(), scope]),
) as Record<string, ApiScope>;
registerEnumType(ApiScopeEnum, {
  name: 'ApiScope',
  description: 'What an API key may do: area and access (CLIENTS_READ = clients:read). Write includes read.',
});

@ObjectType('ApiKey')
export class ApiKeyModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, {
    description: 'Recognisable part of the key (`ks_live_…1a2b`); the key itself is shown only once.',
  })
  prefix!: string;
  @Field(() => [ApiScopeEnum]) scopes!: ApiScope[];
  @Field(() => ID, { nullable: true, description: 'The only client the key can see; null = the whole firm.' })
  clientId!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Last successful authentication (updated at most once a minute).',
  })
  lastUsedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field(() => Boolean, { description: 'Neither revoked nor expired.' }) active!: boolean;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKeyModel) apiKey!: ApiKeyModel;
  @Field(() => String, {
    description:
      'The key to send as `Authorization: Bearer <secret>`. Shown only now; only its hash is stored.',
  })
  secret!: string;
}
