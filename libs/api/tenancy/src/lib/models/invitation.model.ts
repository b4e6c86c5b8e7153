import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ROLES, type Role } from '@klarsicht/shared';
import { registerEnumType } from '@nestjs/graphql';

export const MemberRole = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'Role granted by an invitation or membership.',
});

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => MemberRole) role!: Role;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Withdrawn by the firm: the link no longer works.' })
  revokedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Link to accept; returned only to the inviter when created.',
  })
  acceptUrl!: string | null;
}

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => MemberRole) role!: Role;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
  @Field(() => Boolean, {
    description: 'Whether the member signs in with a second factor (TOTP or a passkey).',
  })
  twoFactorEnabled!: boolean;
  @Field(() => Date) createdAt!: Date;
}
