import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A user named on another record (assigned DPO, assignee). */
@ObjectType('UserRef')
export class UserRefModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}
