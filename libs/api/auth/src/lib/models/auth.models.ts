import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@klarsicht/shared';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'Role of a member in a firm; CLIENT_* roles are bound to one client.',
});

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) totpEnabled!: boolean;
}

@ObjectType('Tenant')
export class TenantModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'Staff must set up two-factor sign-in (firm policy).' })
  requireTwoFactor!: boolean;
}

@ObjectType('MembershipSummary')
export class MembershipSummary {
  @Field(() => TenantModel) tenant!: TenantModel;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description: 'Short-lived bearer token; the refresh token travels in an httpOnly cookie.',
  })
  accessToken!: string;
  @Field(() => UserModel) user!: UserModel;
  @Field(() => TenantModel) tenant!: TenantModel;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
}

@ObjectType()
export class Viewer {
  @Field(() => UserModel, { nullable: true, description: 'Null for API keys.' }) user!: UserModel | null;
  @Field(() => TenantModel) tenant!: TenantModel;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
  @Field(() => [String], { nullable: true, description: 'Scopes of the API key making the request.' })
  scopes!: string[] | null;
  @Field(() => Boolean, {
    description:
      'The firm requires two-factor sign-in and it is not set up yet: only me, enableTotp, confirmTotp and logout work until it is.',
  })
  twoFactorSetupRequired!: boolean;
  @Field(() => [MembershipSummary]) memberships!: MembershipSummary[];
}

@ObjectType()
export class TotpSetup {
  @Field(() => String, { description: 'Base32 secret to type into an authenticator app.' }) secret!: string;
  @Field(() => String, { description: 'otpauth:// URI to render as a QR code.' }) otpauthUrl!: string;
}
