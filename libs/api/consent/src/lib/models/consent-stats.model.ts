import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ConsentStats')
export class ConsentStatsModel {
  @Field(() => Int) pending!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int) expired!: number;
}
