import { Injectable } from '@nestjs/common';
import { AccessService, contextLoader, type RequestContext } from '@klarsicht/api-core';
import type { ComplianceResult } from '@klarsicht/compliance-rules';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { ComplianceRepository } from './compliance.repository';
import {
  closingComment,
  EMPTY_RESULT,
  evaluateClients,
  generatedTaskKey,
  ruleTaskFor,
} from './compliance.util';

const RESULTS_LOADER = 'compliance:results';

/**
 * Runs the rule engine for clients: facts from WhatsApp accounts and their BSPs, documents and consent, one
 * set-based read per source for any number of clients. Re-evaluation stores score and level and opens or closes
 * the generated task of each finding, in the transaction of the change that caused it.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: ComplianceRepository,
    private readonly tasks: GeneratedTasksService,
  ) {}

  /** Current results, batched per request (a page of clients costs one read per source). */
  async resultFor(ctx: RequestContext, clientId: string): Promise<ComplianceResult> {
    this.access.require(ctx, 'clients', 'read');
    return contextLoader<string, ComplianceResult>(
      ctx,
      RESULTS_LOADER,
      (ids) => this.evaluate(ctx, ids),
      EMPTY_RESULT,
    ).load(clientId);
  }

  /** After a change that feeds the rules: new scores, and generated tasks opened or closed to match. */
  async reevaluate(ctx: RequestContext, clientIds: readonly string[]): Promise<void> {
    const ids = [...new Set(clientIds)];
    if (ids.length === 0) return;
    ctx.loaders.delete(RESULTS_LOADER);
    const accounts = await this.repository.accountsOf(ctx, ids);
    const results = evaluateClients(ids, accounts, await this.repository.factsOf(ctx, ids));
    await this.repository.saveScores(
      ctx,
      ids.map((clientId) => ({
        clientId,
        score: results.get(clientId)?.score ?? 0,
        level: results.get(clientId)?.level ?? 'AMBER',
      })),
    );
    const labels = new Map(accounts.map((a) => [a.id, a.label]));
    const now = new Date();
    for (const clientId of ids) {
      for (const finding of results.get(clientId)?.findings ?? []) {
        if (finding.status === 'FAIL')
          await this.tasks.open(
            ctx,
            ruleTaskFor(clientId, finding, finding.accountId ? labels.get(finding.accountId) : null, now),
          );
        else await this.tasks.close(ctx, clientId, generatedTaskKey(finding), closingComment(finding));
      }
    }
  }

  private async evaluate(
    ctx: RequestContext,
    clientIds: readonly string[],
  ): Promise<Map<string, ComplianceResult>> {
    const [accounts, facts] = [
      await this.repository.accountsOf(ctx, clientIds),
      await this.repository.factsOf(ctx, clientIds),
    ];
    return evaluateClients(clientIds, accounts, facts);
  }
}
