import { Injectable } from '@nestjs/common';
import type { ClientComplianceFacts, ComplianceFactsContributor, RequestContext } from '@klarsicht/api-core';

/** Consent feeds CONSENT-STALE-PENDING: opt-ins still pending 30 days after the request. */
@Injectable()
export class ConsentFactsContributor implements ComplianceFactsContributor {
  async factsFor(ctx: RequestContext, clientIds: readonly string[]): Promise<Map<string, Partial<ClientComplianceFacts>>> {
    const rows = await ctx.query<{ id: string; total: number; stale: number }>(
      `SELECT c.id,
              (c.consent_pending + c.consent_confirmed + c.consent_withdrawn + c.consent_expired)::int AS total,
              (SELECT count(*)::int FROM consent_record r
                WHERE r.tenant_id = c.tenant_id AND r.client_id = c.id AND r.status = 'PENDING'
                  AND r.requested_at < now() - interval '30 days') AS stale
         FROM client c WHERE c.id = ANY($1::uuid[])`,
      [clientIds],
    );
    return new Map(rows.map((r) => [r.id, { consentTotal: r.total, stalePendingConsents: r.stale }]));
  }
}
