import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { In } from 'typeorm';
import {
  AccessService,
  COMPLIANCE_FACTS,
  GENERATED_TASKS,
  type ClientComplianceFacts,
  type ComplianceFactsContributor,
  type ComplianceReevaluator,
  type GeneratedTasks,
  type RequestContext,
} from '@klarsicht/api-core';
import { contextLoader } from '@klarsicht/api-clients';
import { evaluateClient, type BspFacts, type ComplianceResult, type DocumentType, type Finding } from '@klarsicht/compliance-rules';
import { Bsp } from './bsp.entity';
import { WhatsAppAccount } from './whatsapp-account.entity';

const RESULTS_LOADER = 'compliance:results';
const EMPTY: ComplianceResult = { score: 0, level: 'AMBER', findings: [] };
const DUE_DAYS = { CRITICAL: 7, HIGH: 14, MEDIUM: 30, LOW: 60 } as const;

export const generatedTaskKey = (finding: Pick<Finding, 'ruleId' | 'accountId'>): string => `rule:${finding.ruleId}:${finding.accountId ?? 'client'}`;

/**
 * Runs the rule engine for clients: facts from WhatsApp accounts, their BSPs and every COMPLIANCE_FACTS contributor
 * (documents, consent), one set-based read per source for any number of clients.
 */
@Injectable()
export class ComplianceService implements ComplianceReevaluator, OnModuleInit {
  private contributors: ComplianceFactsContributor[] = [];

  constructor(
    private readonly access: AccessService,
    private readonly discovery: DiscoveryService,
    @Optional() @Inject(GENERATED_TASKS) private readonly tasks?: GeneratedTasks,
  ) {}

  onModuleInit(): void {
    // Every module may provide its own COMPLIANCE_FACTS contributor; collect them all.
    this.contributors = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.token === COMPLIANCE_FACTS && wrapper.instance)
      .map((wrapper) => wrapper.instance as ComplianceFactsContributor);
  }

  /** Current results, batched per request (a page of clients costs one read per source). */
  async resultFor(ctx: RequestContext, clientId: string): Promise<ComplianceResult> {
    this.access.require(ctx, 'clients', 'read');
    return contextLoader<string, ComplianceResult>(ctx, RESULTS_LOADER, (ids) => this.evaluate(ctx, ids), EMPTY).load(clientId);
  }

  async reevaluate(ctx: RequestContext, clientIds: readonly string[]): Promise<void> {
    const ids = [...new Set(clientIds)];
    if (ids.length === 0) return;
    ctx.loaders.delete(RESULTS_LOADER);
    const results = await this.evaluate(ctx, ids);
    const scored = ids.filter((id) => results.has(id));
    await ctx.query(
      `UPDATE client SET compliance_score = v.score, compliance_level = v.level
         FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(id, score, level)
        WHERE client.id = v.id AND client.tenant_id = $4 AND (client.compliance_score, client.compliance_level) IS DISTINCT FROM (v.score, v.level)`,
      [scored, scored.map((id) => results.get(id)?.score ?? 0), scored.map((id) => results.get(id)?.level ?? 'AMBER'), ctx.tenantId],
    );
    if (!this.tasks) return;
    const labels = new Map((await (await ctx.repo(WhatsAppAccount)).find({ where: { clientId: In(scored) }, select: { id: true, label: true } })).map((a) => [a.id, a.label]));
    for (const clientId of scored) {
      for (const finding of results.get(clientId)?.findings ?? []) {
        const key = generatedTaskKey(finding);
        if (finding.status === 'FAIL') {
          const label = finding.accountId ? labels.get(finding.accountId) : null;
          await this.tasks.open(ctx, {
            clientId,
            source: 'RULE',
            key,
            ruleId: finding.ruleId,
            title: `${finding.titleDe}${label ? ` (${label})` : ''}`,
            description: finding.remediationDe,
            priority: finding.severity,
            dueAt: new Date(Date.now() + DUE_DAYS[finding.severity] * 86_400_000),
          });
        } else {
          const why = finding.status === 'PASS' ? 'Die Regel ist wieder erfüllt.' : finding.status === 'UNKNOWN' ? 'Die Antwort ist wieder offen; die Regel wird erneut geprüft.' : 'Die Regel trifft nicht mehr zu.';
          await this.tasks.close(ctx, clientId, key, `${finding.ruleId}: ${why}`);
        }
      }
    }
  }

  private async evaluate(ctx: RequestContext, clientIds: readonly string[]): Promise<Map<string, ComplianceResult>> {
    const ids = [...clientIds];
    const accounts = await (await ctx.repo(WhatsAppAccount)).find({ where: { clientId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const bspIds = [...new Set(accounts.map((a) => a.bspId).filter((id): id is string => id !== null))];
    const bsps = new Map<string, BspFacts>(
      bspIds.length ? (await (await ctx.repo(Bsp)).find({ where: { id: In(bspIds) } })).map((b) => [b.id, b]) : [],
    );
    const contributed = await Promise.all(this.contributors.map((c) => c.factsFor(ctx, ids)));
    const results = new Map<string, ComplianceResult>();
    for (const clientId of ids) {
      const facts: ClientComplianceFacts = { approvedDocumentTypes: [], overdueDocumentReviews: 0, consentTotal: 0, stalePendingConsents: 0 };
      for (const part of contributed) {
        const f = part.get(clientId);
        if (!f) continue;
        if (f.approvedDocumentTypes) facts.approvedDocumentTypes.push(...f.approvedDocumentTypes);
        facts.overdueDocumentReviews += f.overdueDocumentReviews ?? 0;
        facts.consentTotal += f.consentTotal ?? 0;
        facts.stalePendingConsents += f.stalePendingConsents ?? 0;
      }
      results.set(
        clientId,
        evaluateClient({
          ...facts,
          approvedDocumentTypes: facts.approvedDocumentTypes as DocumentType[],
          accounts: accounts
            .filter((a) => a.clientId === clientId)
            .map((a) => ({ id: a.id, variant: a.variant, answers: a.answers, bsp: a.bspId ? (bsps.get(a.bspId) ?? null) : null })),
        }),
      );
    }
    return results;
  }
}
