import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  forbidden,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import { SecondFactorRepository } from './second-factor.repository';

/**
 * Recovery when a member lost every second factor (phone, passkeys and recovery codes): their firm's owner
 * resets it. The member then signs in with the password alone (and the firm's two-factor policy, if on, sends
 * them to set up a new factor at once).
 */
@Injectable()
export class SecondFactorResetService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: SecondFactorRepository,
  ) {}

  async reset(ctx: RequestContext, membershipId: string): Promise<boolean> {
    this.access.requireFirm(ctx, 'members', 'write');
    if (ctx.principal.role !== 'OWNER') throw forbidden("Only an owner resets a member's second factor");
    if (!isUuid(membershipId)) throw notFound();
    const member = await this.repository.ofMember(ctx, membershipId);
    if (!member) throw notFound();
    if (member.userId === ctx.principal.userId)
      throw badInput({ id: 'Turn off your own second factor in your security settings' });
    if (!member.totpEnabled && member.passkeys === 0)
      throw badInput({ id: 'This member has no second factor to reset' });
    if ((await this.repository.firmCount(ctx, member.userId)) > 1)
      throw forbidden(
        'This person also belongs to another firm: their second factor protects that firm too. Ask the operator.',
      );
    await this.repository.reset(ctx, member.userId);
    ctx.audit({
      action: 'member.second_factor_reset',
      entityType: 'membership',
      entityId: member.membershipId,
      changes: {
        totp: { before: member.totpEnabled, after: false },
        passkeys: { before: member.passkeys, after: 0 },
        recoveryCodes: { before: member.recoveryCodes, after: 0 },
        sessions: 'ended',
      },
    });
    return true;
  }
}
