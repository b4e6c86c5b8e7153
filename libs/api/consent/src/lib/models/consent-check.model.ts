import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsentStatusEnum, type ConsentStatus } from '../consent.enums';

@ObjectType('ConsentCheck', {
  description: 'May the client message this number for this purpose now? Only a CONFIRMED record allows it.',
})
export class ConsentCheckModel {
  @Field(() => String, { description: 'The number as asked (not stored).' }) phoneNumber!: string;
  @Field(() => Boolean) allowed!: boolean;
  @Field(() => ConsentStatusEnum, {
    nullable: true,
    description: 'Null: no record (unknown number or purpose).',
  })
  status!: ConsentStatus | null;
  @Field(() => Date, { nullable: true, description: 'When the record reached its status.' })
  since!: Date | null;
  @Field(() => ID, { nullable: true }) consentTextVersionId!: string | null;
}
