import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Tenant } from './tenant.entity';
import type { MemberModel } from './models/invitation.model';

// A second factor is TOTP or a passkey (either satisfies the firm's two-factor policy).
const MEMBER_SELECT = `SELECT m.id, m.user_id AS "userId", u.name, u.email, m.role, m.client_id AS "clientId", (u.totp_enabled OR EXISTS (SELECT 1 FROM passkey p WHERE p.user_id = u.id)) AS "twoFactorEnabled", m.created_at AS "createdAt"
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.tenant_id = $1`;

/** A firm's members and invitations. */
@Injectable()
export class TenancyRepository {
  async insertInvitation(
    ctx: RequestContext,
    values: Pick<Invitation, 'email' | 'role' | 'clientId' | 'tokenHash' | 'expiresAt' | 'invitedBy'>,
  ): Promise<Invitation> {
    const repo = await ctx.repo(Invitation);
    const invitation = repo.create({ ...values, tenantId: ctx.tenantId, acceptedAt: null });
    await repo.insert(invitation);
    return invitation;
  }

  async invitations(ctx: RequestContext, limit: number): Promise<Invitation[]> {
    return (await ctx.repo(Invitation)).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  members(ctx: RequestContext): Promise<MemberModel[]> {
    return ctx.query<MemberModel>(`${MEMBER_SELECT} ORDER BY u.name`, [ctx.tenantId]);
  }

  async member(ctx: RequestContext, id: string): Promise<MemberModel | null> {
    const [row] = await ctx.query<MemberModel>(`${MEMBER_SELECT} AND m.id = $2`, [ctx.tenantId, id]);
    return row ?? null;
  }

  async membershipOf(ctx: RequestContext, userId: string): Promise<Membership | null> {
    return (await ctx.repo(Membership)).findOne({ where: { tenantId: ctx.tenantId, userId } });
  }

  async membershipById(ctx: RequestContext, id: string): Promise<Membership | null> {
    return (await ctx.repo(Membership)).findOne({ where: { id } });
  }

  /** The firm's owners, their rows locked: two owners demoting each other cannot both succeed. */
  async ownerCount(ctx: RequestContext): Promise<number> {
    const rows = await ctx.query<{ id: string }>(
      `SELECT id FROM membership WHERE tenant_id = $1 AND role = 'OWNER' FOR UPDATE`,
      [ctx.tenantId],
    );
    return rows.length;
  }

  async deleteMembership(ctx: RequestContext, id: string): Promise<void> {
    await (await ctx.repo(Membership)).delete({ id });
  }

  async updateMembership(
    ctx: RequestContext,
    id: string,
    values: Pick<Membership, 'role' | 'clientId'>,
  ): Promise<void> {
    await (await ctx.repo(Membership)).update({ id }, values);
  }

  async invitationById(ctx: RequestContext, id: string): Promise<Invitation | null> {
    return (await ctx.repo(Invitation)).findOne({ where: { id } });
  }

  async updateInvitation(
    ctx: RequestContext,
    id: string,
    values: Partial<Pick<Invitation, 'revokedAt' | 'tokenHash' | 'expiresAt'>>,
  ): Promise<void> {
    await (await ctx.repo(Invitation)).update({ id }, values);
  }

  async clientName(ctx: RequestContext, clientId: string): Promise<string | null> {
    const [row] = await ctx.query<{ name: string }>(`SELECT name FROM client WHERE id = $1`, [clientId]);
    return row?.name ?? null;
  }

  async requireTwoFactor(ctx: RequestContext): Promise<boolean> {
    return (await (await ctx.repo(Tenant)).findOneOrFail({ where: { id: ctx.tenantId } })).requireTwoFactor;
  }

  async setRequireTwoFactor(ctx: RequestContext, required: boolean): Promise<void> {
    await (await ctx.repo(Tenant)).update({ id: ctx.tenantId }, { requireTwoFactor: required });
  }
}
