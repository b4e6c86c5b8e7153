import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { AccountService } from './account.service';
import { SecondFactorResetService } from './second-factor-reset.service';
import { REFRESH_COOKIE } from './token.service';

type CookieRequest = FastifyRequest & { cookies?: Record<string, string | undefined> };

@InputType()
export class ChangePasswordInput {
  @Field(() => String) @IsString() @MaxLength(1024) currentPassword!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(1024) newPassword!: string;
}

@ObjectType('AccountSession', { description: 'One sign-in on one device (a refresh-token family).' })
export class AccountSessionModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'The browser or client that signed in.' })
  userAgent!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Network prefix of the last use (the address anonymised).',
  })
  ip!: string | null;
  @Field(() => Date) signedInAt!: Date;
  @Field(() => Date) lastUsedAt!: Date;
  @Field(() => ID, { description: 'The firm the session is in.' }) tenantId!: string;
  @Field(() => Boolean, { description: 'The session making this request.' }) current!: boolean;
}

@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly secondFactor: SecondFactorResetService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      "Recovery (OWNER): turn off a member's TOTP, delete their passkeys and recovery codes and end their sessions, when they lost every second factor. Not for members of other firms too.",
  })
  resetMemberSecondFactor(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.secondFactor.reset(ctx, id);
  }

  @Mutation(() => Int, {
    description:
      'Change your password (the current one is checked); ends your other sessions and returns how many.',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
    @Context('req') req: CookieRequest,
  ): Promise<number> {
    return this.account.changePassword(ctx, input, req.cookies?.[REFRESH_COOKIE]);
  }

  @Query(() => [AccountSessionModel], { description: 'Your signed-in sessions, most recently used first.' })
  sessions(@Ctx() ctx: RequestContext, @Context('req') req: CookieRequest): Promise<AccountSessionModel[]> {
    return this.account.sessions(ctx, req.cookies?.[REFRESH_COOKIE]);
  }

  @Mutation(() => Boolean, { description: 'End one of your sessions (it can no longer refresh).' })
  revokeSession(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.account.revokeSession(ctx, id);
  }

  @Mutation(() => Int, { description: 'End all your sessions but this one; returns how many ended.' })
  revokeOtherSessions(@Ctx() ctx: RequestContext, @Context('req') req: CookieRequest): Promise<number> {
    return this.account.revokeOtherSessions(ctx, req.cookies?.[REFRESH_COOKIE]);
  }
}
