import { Inject, Injectable } from '@nestjs/common';
import { isClientRole, type Role } from '@klarsicht/shared';
import {
  AccessService,
  APP_CONFIG,
  badInput,
  createTenantToken,
  forbidden,
  type AppConfig,
  type RequestContext,
} from '@klarsicht/api-core';
import type { Membership } from './membership.entity';
import { TenancyRepository } from './tenancy.repository';
import type { InvitationModel, MemberModel } from './models/invitation.model';

const INVITATION_DAYS = 14;

@Injectable()
export class TenancyService {
  constructor(
    private readonly access: AccessService,
    private readonly tenancy: TenancyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(
    ctx: RequestContext,
    input: { email: string; role: Role; clientId?: string | null },
  ): Promise<InvitationModel> {
    this.access.requireFirm(ctx, 'members', 'write');
    if (input.role === 'OWNER' && ctx.principal.role !== 'OWNER')
      throw forbidden('Only an owner can invite another owner');
    const clientId = input.clientId ?? null;
    if (isClientRole(input.role)) {
      if (!clientId) throw badInput({ clientId: 'A client role needs a client' });
      await this.access.requireClients(ctx, 'clients', 'read', [clientId]);
    } else if (clientId) {
      throw badInput({ clientId: 'Only client roles are bound to a client' });
    }
    const { token, hash } = createTenantToken(ctx.tenantId);
    const invitation = await this.tenancy.insertInvitation(ctx, {
      email: input.email.trim().toLowerCase(),
      role: input.role,
      clientId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      invitedBy: ctx.principal.userId,
    });
    // The address is personal data: the trail names the role and client, not the email.
    ctx.audit({
      action: 'member.invited',
      entityType: 'invitation',
      entityId: invitation.id,
      clientId,
      changes: { role: { after: input.role } },
    });
    const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
    return { ...invitation, acceptUrl: `${base}/invitations/${token}` };
  }

  async invitations(ctx: RequestContext): Promise<InvitationModel[]> {
    this.access.requireFirm(ctx, 'members', 'read');
    const rows = await this.tenancy.invitations(ctx, 500);
    return rows.map((row) => ({ ...row, acceptUrl: null }));
  }

  async members(ctx: RequestContext): Promise<MemberModel[]> {
    this.access.requireFirm(ctx, 'members', 'read');
    return this.tenancy.members(ctx);
  }

  async membershipOf(ctx: RequestContext, userId: string): Promise<Membership | null> {
    return this.tenancy.membershipOf(ctx, userId);
  }
}
