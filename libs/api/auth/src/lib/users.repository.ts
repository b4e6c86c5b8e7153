import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { Invitation, Membership, Tenant } from '@klarsicht/api-tenancy';
import { User } from './entities/user.entity';

export type NewUser = Pick<User, 'email' | 'name' | 'passwordHash' | 'lastTenantId'>;
type NewMembership = Pick<Membership, 'tenantId' | 'userId' | 'role' | 'clientId'>;

/**
 * Accounts as sign-in sees them: users, the firms they belong to (memberships, tenants) and the invitation
 * that makes them a member. Reads across firms run under the user's own principal (row-level security).
 */
@Injectable()
export class UsersRepository {
  async findByEmail(ctx: RequestContext, email: string): Promise<User | null> {
    return (await ctx.repo(User)).findOne({ where: { email } });
  }

  async find(ctx: RequestContext, id: string): Promise<User | null> {
    return (await ctx.repo(User)).findOne({ where: { id } });
  }

  async emailTaken(ctx: RequestContext, email: string): Promise<boolean> {
    return (await ctx.repo(User)).exist({ where: { email } });
  }

  /** A new account without two-factor authentication. */
  async insert(ctx: RequestContext, values: NewUser): Promise<User> {
    const users = await ctx.repo(User);
    const user = users.create({ ...values, totpEnabled: false, totpSecret: null, totpLastStep: null });
    await users.insert(user);
    return user;
  }

  async update(
    ctx: RequestContext,
    id: string,
    values: Partial<
      Pick<User, 'lastTenantId' | 'totpEnabled' | 'totpSecret' | 'totpLastStep' | 'passwordHash'>
    >,
  ): Promise<void> {
    await (await ctx.repo(User)).update({ id }, values);
  }

  /** The user's memberships, oldest first. */
  async membershipsOf(ctx: RequestContext, userId: string): Promise<Membership[]> {
    return (await ctx.repo(Membership)).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async membershipIn(ctx: RequestContext, userId: string, tenantId: string): Promise<Membership | null> {
    return (await ctx.repo(Membership)).findOne({ where: { userId, tenantId } });
  }

  async insertMembership(ctx: RequestContext, values: NewMembership): Promise<Membership> {
    const memberships = await ctx.repo(Membership);
    const membership = memberships.create(values);
    await memberships.insert(membership);
    return membership;
  }

  async replaceRecoveryCodes(ctx: RequestContext, userId: string, hashes: string[]): Promise<void> {
    await ctx.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
    await ctx.query(
      `INSERT INTO recovery_code (id, user_id, code_hash) SELECT uuid_generate_v7(), $1, h FROM unnest($2::text[]) AS h`,
      [userId, hashes],
    );
  }

  /** Marks the user's unused code with this hash as used; whether there was one. */
  async useRecoveryCode(ctx: RequestContext, userId: string, hash: string): Promise<boolean> {
    const rows = await ctx.query<{ id: string }>(
      `WITH used AS (UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id)
       SELECT id FROM used`,
      [userId, hash],
    );
    return rows.length === 1;
  }

  async deleteRecoveryCodes(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
  }

  /** Whether the client is archived (the firm ended the mandate; its portal is closed). */
  async clientArchived(ctx: RequestContext, clientId: string): Promise<boolean> {
    const [row] = await ctx.query<{ archived: boolean }>(
      `SELECT archived_at IS NOT NULL AS archived FROM client WHERE id = $1`,
      [clientId],
    );
    return row?.archived ?? false;
  }

  async tenant(ctx: RequestContext, id: string): Promise<Tenant> {
    return (await ctx.repo(Tenant)).findOneOrFail({ where: { id } });
  }

  async tenants(ctx: RequestContext, ids: readonly string[]): Promise<Tenant[]> {
    return (await ctx.repo(Tenant)).findByIds([...ids]);
  }

  async insertTenant(ctx: RequestContext, values: Pick<Tenant, 'id' | 'name'>): Promise<Tenant> {
    const tenants = await ctx.repo(Tenant);
    const tenant = tenants.create(values);
    await tenants.insert(tenant);
    return tenant;
  }

  async invitationByToken(
    ctx: RequestContext,
    tenantId: string,
    tokenHash: string,
  ): Promise<Invitation | null> {
    return (await ctx.repo(Invitation)).findOne({ where: { tenantId, tokenHash } });
  }

  async markInvitationAccepted(ctx: RequestContext, id: string): Promise<void> {
    await (await ctx.repo(Invitation)).update({ id }, { acceptedAt: new Date() });
  }
}
