import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit.args';
import { AuditChainVerification, AuditEventConnection } from './models/audit.models';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: 'Audit events, newest first; client users see their own company only.',
  })
  auditEvents(@Ctx() ctx: RequestContext, @Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.audit.list(ctx, args);
  }

  @Query(() => AuditChainVerification, { description: "Verify the firm's hash chain from the first event." })
  verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainVerification> {
    return this.audit.verify(ctx);
  }
}
