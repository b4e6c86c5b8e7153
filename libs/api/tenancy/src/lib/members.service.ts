import { Injectable } from '@nestjs/common';
import { isClientRole, type Role } from '@klarsicht/shared';
import {
  AccessChanges,
  AccessService,
  badInput,
  forbidden,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import type { Membership } from './membership.entity';
import type { MemberModel } from './models/invitation.model';
import { TenancyRepository } from './tenancy.repository';

const LAST_OWNER = 'A firm keeps at least one owner: make another member owner first';

/**
 * Who belongs to a firm with which role. Every change takes effect at once, also for access tokens already issued
 * (AccessChanges), ends the member's sessions in this firm, and is in the audit chain with before and after.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly access: AccessService,
    private readonly tenancy: TenancyRepository,
    private readonly changes: AccessChanges,
  ) {}

  async list(ctx: RequestContext): Promise<MemberModel[]> {
    this.access.requireFirm(ctx, 'members', 'read');
    return this.tenancy.members(ctx);
  }

  /** Removes a member; anyone may remove themselves (leave the firm), except its last owner. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound();
    const member = await this.tenancy.membershipById(ctx, id);
    const self = member !== null && member.userId === ctx.principal.userId;
    if (!self) this.access.requireFirm(ctx, 'members', 'delete');
    if (!member) throw notFound();
    if (!self) this.requireMayManage(ctx, member.role);
    if (member.role === 'OWNER' && (await this.tenancy.ownerCount(ctx)) <= 1)
      throw badInput({ id: LAST_OWNER });
    await this.tenancy.deleteMembership(ctx, id);
    await this.changes.record(ctx, { userId: member.userId, role: null, clientId: null });
    ctx.audit({
      action: self ? 'member.left' : 'member.removed',
      entityType: 'membership',
      entityId: id,
      clientId: member.clientId,
      changes: {
        userId: { before: member.userId, after: null },
        role: { before: member.role, after: null },
        clientId: { before: member.clientId, after: null },
      },
    });
    return true;
  }

  async changeRole(
    ctx: RequestContext,
    id: string,
    role: Role,
    clientId: string | null,
  ): Promise<MemberModel> {
    this.access.requireFirm(ctx, 'members', 'write');
    if (!isUuid(id)) throw notFound();
    const member = await this.tenancy.membershipById(ctx, id);
    if (!member) throw notFound();
    this.requireMayManage(ctx, member.role);
    this.requireMayManage(ctx, role);
    if (isClientRole(role)) {
      if (!clientId) throw badInput({ clientId: 'A client role needs a client' });
      await this.access.requireClients(ctx, 'clients', 'read', [clientId]);
    } else if (clientId) {
      throw badInput({ clientId: 'Only client roles are bound to a client' });
    }
    if (member.role === role && member.clientId === clientId) return this.model(ctx, member);
    if (member.role === 'OWNER' && role !== 'OWNER' && (await this.tenancy.ownerCount(ctx)) <= 1)
      throw badInput({ role: LAST_OWNER });
    await this.tenancy.updateMembership(ctx, id, { role, clientId });
    await this.changes.record(ctx, { userId: member.userId, role, clientId });
    ctx.audit({
      action: 'member.role_changed',
      entityType: 'membership',
      entityId: id,
      clientId: clientId ?? member.clientId,
      changes: {
        role: { before: member.role, after: role },
        clientId: { before: member.clientId, after: clientId },
      },
    });
    return this.model(ctx, { ...member, role, clientId });
  }

  // Only an owner grants, changes or removes the owner role; DPOs manage everyone else.
  private requireMayManage(ctx: RequestContext, role: Role): void {
    if (role === 'OWNER' && ctx.principal.role !== 'OWNER')
      throw forbidden('Only an owner can change or remove an owner');
  }

  private async model(ctx: RequestContext, member: Membership): Promise<MemberModel> {
    const found = await this.tenancy.member(ctx, member.id);
    if (!found) throw notFound();
    return found;
  }
}
