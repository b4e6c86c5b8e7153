import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import type { RequestContext } from '@klarsicht/api-core';
import { SignInAttempt } from './entities/sign-in-attempt.entity';

/** Sign-in attempts, keyed by blind indexes of the email and the IP. */
@Injectable()
export class SignInAttemptsRepository {
  async failuresSince(
    ctx: RequestContext,
    key: { emailHash: string } | { ipHash: string },
    since: Date,
  ): Promise<number> {
    return (await ctx.repo(SignInAttempt)).count({
      where: { ...key, succeeded: false, createdAt: MoreThan(since) },
    });
  }

  async insert(
    ctx: RequestContext,
    values: Pick<SignInAttempt, 'emailHash' | 'ipHash' | 'succeeded'>,
  ): Promise<void> {
    const repo = await ctx.repo(SignInAttempt);
    await repo.insert(repo.create(values));
  }
}
