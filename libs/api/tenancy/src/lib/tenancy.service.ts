import { Inject, Injectable } from '@nestjs/common';
import { isClientRole, type Role } from '@klarsicht/shared';
import {
  AccessService,
  APP_CONFIG,
  badInput,
  createTenantToken,
  conflict,
  forbidden,
  isUuid,
  notFound,
  type AppConfig,
  type RequestContext,
  publicBaseUrl,
} from '@klarsicht/api-core';
import { OutboxService } from '@klarsicht/api-notifications';
import type { Invitation } from './invitation.entity';
import type { Membership } from './membership.entity';
import { TenancyRepository } from './tenancy.repository';
import type { InvitationModel } from './models/invitation.model';

const INVITATION_DAYS = 14;

@Injectable()
export class TenancyService {
  constructor(
    private readonly access: AccessService,
    private readonly tenancy: TenancyRepository,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(
    ctx: RequestContext,
    input: { email: string; role: Role; clientId?: string | null; language?: 'de' | 'en' | null },
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
    await this.mail(ctx, invitation, token, input.language ?? null);
    return { ...invitation, acceptUrl: this.acceptUrl(token) };
  }

  /** Withdraws an open invitation: its link stops working. */
  async revokeInvitation(ctx: RequestContext, id: string): Promise<InvitationModel> {
    const invitation = await this.openInvitation(ctx, id);
    const revokedAt = new Date();
    await this.tenancy.updateInvitation(ctx, id, { revokedAt });
    ctx.audit({
      action: 'member.invitation_revoked',
      entityType: 'invitation',
      entityId: id,
      clientId: invitation.clientId,
      changes: { revokedAt: { before: null, after: revokedAt.toISOString() } },
    });
    return { ...invitation, revokedAt, acceptUrl: null };
  }

  /** A new link for an open invitation (another 14 days); the old link stops working. */
  async resendInvitation(ctx: RequestContext, id: string): Promise<InvitationModel> {
    const invitation = await this.openInvitation(ctx, id);
    const { token, hash } = createTenantToken(ctx.tenantId);
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    await this.tenancy.updateInvitation(ctx, id, { tokenHash: hash, expiresAt });
    ctx.audit({
      action: 'member.invitation_resent',
      entityType: 'invitation',
      entityId: id,
      clientId: invitation.clientId,
      changes: { expiresAt: { before: invitation.expiresAt.toISOString(), after: expiresAt.toISOString() } },
    });
    await this.mail(ctx, { ...invitation, expiresAt }, token, null);
    return { ...invitation, expiresAt, acceptUrl: this.acceptUrl(token) };
  }

  private async openInvitation(ctx: RequestContext, id: string) {
    this.access.requireFirm(ctx, 'members', 'write');
    if (!isUuid(id)) throw notFound();
    const invitation = await this.tenancy.invitationById(ctx, id);
    if (!invitation) throw notFound();
    if (invitation.role === 'OWNER' && ctx.principal.role !== 'OWNER')
      throw forbidden('Only an owner can manage an invitation of an owner');
    if (invitation.acceptedAt) throw conflict('The invitation was accepted already');
    if (invitation.revokedAt) throw conflict('The invitation was withdrawn');
    return invitation;
  }

  /** The invitation mail with the accept link (the link is also answered once, to copy). */
  private async mail(
    ctx: RequestContext,
    invitation: Invitation,
    token: string,
    language: 'de' | 'en' | null,
  ): Promise<void> {
    const clientName = invitation.clientId ? await this.tenancy.clientName(ctx, invitation.clientId) : null;
    await this.outbox.queue(ctx, [
      {
        userId: null,
        to: invitation.email,
        template: 'invitation',
        language,
        secret: token,
        clientId: invitation.clientId,
        data: {
          role: invitation.role,
          inviterName: ctx.actor.label,
          clientName,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      },
    ]);
  }

  private acceptUrl(token: string): string {
    const base = publicBaseUrl(this.config);
    return `${base}/invitations/${token}`;
  }

  async invitations(ctx: RequestContext): Promise<InvitationModel[]> {
    this.access.requireFirm(ctx, 'members', 'read');
    const rows = await this.tenancy.invitations(ctx, 500);
    return rows.map((row) => ({ ...row, acceptUrl: null }));
  }

  /** Firm policy (OWNER): staff must set up two-factor sign-in before anything else, from their next session on. */
  async setRequireTwoFactor(ctx: RequestContext, required: boolean): Promise<boolean> {
    this.access.requireFirm(ctx, 'settings', 'write');
    if (ctx.principal.role !== 'OWNER') throw forbidden('Only an owner sets the firm policy');
    const before = await this.tenancy.requireTwoFactor(ctx);
    if (before !== required) {
      await this.tenancy.setRequireTwoFactor(ctx, required);
      ctx.audit({
        action: 'firm.policy_changed',
        entityType: 'tenant',
        entityId: ctx.tenantId,
        changes: { requireTwoFactor: { before, after: required } },
      });
    }
    return required;
  }

  async membershipOf(ctx: RequestContext, userId: string): Promise<Membership | null> {
    return this.tenancy.membershipOf(ctx, userId);
  }
}
