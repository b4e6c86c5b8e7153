import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Gap-free sequence number within the firm.' }) sequence!: number;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String, { description: 'USER, API_KEY, SYSTEM or PUBLIC.' }) actorType!: string;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String) actorLabel!: string;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
  @Field(() => String, { description: 'e.g. client.created, consent.confirmed, auth.login_failed' })
  action!: string;
  @Field(() => String) entityType!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Changed fields as JSON ({ field: { before, after } }); personal data masked.',
  })
  changes!: string | null;
  @Field(() => String, { nullable: true, description: 'Anonymised IP address.' }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String) hash!: string;
  @Field(() => String) prevHash!: string;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

@ObjectType()
export class AuditChainVerification {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => Int) checkedCount!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'First sequence number whose event is missing, altered or out of place.',
  })
  firstInvalidSequence!: number | null;
  @Field(() => String, { nullable: true }) headHash!: string | null;
}
