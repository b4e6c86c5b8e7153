import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@klarsicht/api-core';

@ObjectType()
export class ServerInfo {
  @Field(() => String) name!: string;
  @Field(() => String) version!: string;
}

@Resolver()
export class SystemResolver {
  @Public()
  @Query(() => ServerInfo, { description: 'Name and version of this Klarsicht server.' })
  serverInfo(): ServerInfo {
    return { name: 'Klarsicht', version: process.env['npm_package_version'] ?? '0.1.0' };
  }
}
