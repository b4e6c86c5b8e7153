import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import type { MemberModel } from './models/invitation.model';

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
    return ctx.query<MemberModel>(
      `SELECT m.id, m.user_id AS "userId", u.name, u.email, m.role, m.client_id AS "clientId", m.created_at AS "createdAt"
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.tenant_id = $1 ORDER BY u.name`,
      [ctx.tenantId],
    );
  }

  async membershipOf(ctx: RequestContext, userId: string): Promise<Membership | null> {
    return (await ctx.repo(Membership)).findOne({ where: { tenantId: ctx.tenantId, userId } });
  }
}
