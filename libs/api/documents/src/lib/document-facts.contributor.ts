import { Injectable } from '@nestjs/common';
import type { ClientComplianceFacts, ComplianceFactsContributor, RequestContext } from '@klarsicht/api-core';

/** Approved PROCESSING_RECORD / DPIA feed WA-PROCESSING-RECORD / WA-DPIA; passed review dates feed DOC-REVIEW-OVERDUE. */
@Injectable()
export class DocumentFactsContributor implements ComplianceFactsContributor {
  async factsFor(ctx: RequestContext, clientIds: readonly string[]): Promise<Map<string, Partial<ClientComplianceFacts>>> {
    const rows = await ctx.query<{ client_id: string; approved: string[]; overdue: number }>(
      `SELECT client_id,
              coalesce(array_agg(DISTINCT type) FILTER (WHERE approved_version_id IS NOT NULL), '{}') AS approved,
              count(*) FILTER (WHERE next_review_at <= now())::int AS overdue
         FROM document WHERE client_id = ANY($1::uuid[]) AND status <> 'ARCHIVED' GROUP BY client_id`,
      [clientIds],
    );
    return new Map(rows.map((r) => [r.client_id, { approvedDocumentTypes: r.approved, overdueDocumentReviews: r.overdue }]));
  }
}
