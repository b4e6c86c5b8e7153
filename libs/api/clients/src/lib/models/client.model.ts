import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';

@ObjectType('Client')
export class ClientModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) archived!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class ClientConnection extends Connection(ClientModel, 'Client') {}
