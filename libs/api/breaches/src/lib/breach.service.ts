import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  conflict,
  decodeCursor,
  isCursorTimestamp,
  isCursorUuid,
  isUuid,
  notFound,
  pageSize,
  toConnection,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import {
  breachNeedsNotification,
  breachNotificationDeadline,
  breachNotificationDraft,
  supervisoryAuthorityByCode,
  supervisoryAuthorityFor,
} from '@klarsicht/compliance-rules/legal-clocks';
import { BreachRepository, type BreachRow } from './breach.repository';
import { breachTaskKey, breachValues, toBreachFacts, toBreachModel } from './breach.util';
import type {
  BreachDetailsInput,
  BreachesArgs,
  MarkBreachNotifiedInput,
  ReportBreachInput,
} from './dto/breach.inputs';
import type { BreachModel } from './models/breach.model';

const CLOCK_SKEW_MS = 5 * 60_000;

/** The breach register: report (the 72-hour clock starts at awareness), complete, mark notified. */
@Injectable()
export class BreachService {
  constructor(
    private readonly access: AccessService,
    private readonly breaches: BreachRepository,
    private readonly tasks: GeneratedTasksService,
    private readonly rules: ComplianceService,
  ) {}

  async report(ctx: RequestContext, input: ReportBreachInput): Promise<BreachModel> {
    await this.access.requireClients(ctx, 'requests', 'write', [input.clientId]);
    if (input.discoveredAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw badInput({ discoveredAt: 'Must not be in the future' });
    if (!input.title?.trim()) throw badInput({ title: 'Required' });
    if (!input.risk) throw badInput({ risk: 'Required' });
    const values = breachValues(input);
    this.checkAuthority(values.authority_code);
    const federalState = await this.breaches.clientFederalState(ctx, input.clientId);
    const authority = values.authority_code ?? supervisoryAuthorityFor(federalState)?.code ?? null;
    const id = await this.breaches.insert(ctx, input.clientId, input.discoveredAt, {
      ...values,
      title: input.title.trim(),
      risk: input.risk,
      authority_code: authority,
    });
    ctx.audit({
      action: 'breach.reported',
      entityType: 'breach',
      entityId: id,
      clientId: input.clientId,
      changes: {
        discoveredAt: { after: input.discoveredAt },
        risk: { after: input.risk },
        authority: { after: authority },
      },
    });
    const row = await this.load(ctx, id);
    await this.syncTask(ctx, row);
    await this.rules.reevaluate(ctx, [input.clientId]);
    return toBreachModel(row, new Date());
  }

  /** Completes or corrects what is known; the awareness time, the clock's start, stays as reported. */
  async update(ctx: RequestContext, id: string, input: BreachDetailsInput): Promise<BreachModel> {
    const before = await this.require(ctx, id, 'write', true);
    if (input.title !== undefined && !input.title?.trim()) throw badInput({ title: 'Required' });
    if (input.risk === null) throw badInput({ risk: 'Required' });
    const values = breachValues(input);
    this.checkAuthority(values.authority_code);
    await this.breaches.update(ctx, id, values);
    const after = await this.load(ctx, id);
    ctx.audit({
      action: 'breach.updated',
      entityType: 'breach',
      entityId: id,
      clientId: before.client_id,
      changes: Object.fromEntries(
        Object.keys(values).map((key) => [
          key,
          { before: before[key as keyof BreachRow], after: after[key as keyof BreachRow] },
        ]),
      ),
    });
    await this.syncTask(ctx, after);
    await this.rules.reevaluate(ctx, [before.client_id]);
    return toBreachModel(after, new Date());
  }

  async markNotified(ctx: RequestContext, id: string, input: MarkBreachNotifiedInput): Promise<BreachModel> {
    const row = await this.require(ctx, id, 'write', true);
    if (row.notified_at) throw conflict('The breach is notified already');
    const notifiedAt = input.notifiedAt ?? new Date();
    if (notifiedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw badInput({ notifiedAt: 'Must not be in the future' });
    if (notifiedAt < row.discovered_at) throw badInput({ notifiedAt: 'Must not be before the awareness' });
    const late = notifiedAt > breachNotificationDeadline(row.discovered_at);
    const lateReason = input.lateReason?.trim() || null;
    // Art. 33(1) sentence 2: a notification after 72 hours comes with the reasons for the delay.
    if (late && !lateReason) throw badInput({ lateReason: 'Required for a notification after 72 hours' });
    await this.breaches.update(ctx, id, {
      notified_at: notifiedAt,
      notification_reference: input.reference?.trim() || null,
      late_reason: lateReason,
    });
    ctx.audit({
      action: 'breach.notified',
      entityType: 'breach',
      entityId: id,
      clientId: row.client_id,
      changes: {
        notifiedAt: { after: notifiedAt },
        late: { after: late },
        authority: { after: row.authority_code },
      },
    });
    const after = await this.load(ctx, id);
    await this.syncTask(ctx, after);
    await this.rules.reevaluate(ctx, [row.client_id]);
    return toBreachModel(after, new Date());
  }

  async list(ctx: RequestContext, args: BreachesArgs): Promise<ConnectionShape<BreachModel>> {
    if (args.clientId) await this.access.requireClients(ctx, 'requests', 'read', [args.clientId]);
    else this.access.require(ctx, 'requests', 'read');
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, [isCursorTimestamp, isCursorUuid]) as [string, string] | null;
    const scope = args.clientId ?? this.access.clientFilter(ctx);
    const { rows, total } = await this.breaches.page(ctx, scope, limit, cursor);
    const now = new Date();
    return toConnection(
      rows,
      limit,
      total,
      (r) => [r.discovered_at.toISOString(), r.id],
      Boolean(cursor),
      (r) => toBreachModel(r, now),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<BreachModel> {
    return toBreachModel(await this.require(ctx, id, 'read'), new Date());
  }

  draft(breach: BreachModel): string {
    return breachNotificationDraft(toBreachFacts(breach), breach.authority);
  }

  // A breach that must be notified and is not has a task due at the deadline; otherwise none is open.
  private async syncTask(ctx: RequestContext, row: BreachRow): Promise<void> {
    const key = breachTaskKey(row.id);
    if (breachNeedsNotification(row.risk) && !row.notified_at)
      await this.tasks.open(ctx, {
        clientId: row.client_id,
        source: 'BREACH',
        key,
        title: `Datenpanne melden (Art. 33 DSGVO): ${row.title}`,
        description:
          'Meldung an die zuständige Aufsichtsbehörde binnen 72 Stunden ab Kenntnis; Entwurf unter „Datenpannen“.',
        priority: 'CRITICAL',
        dueAt: breachNotificationDeadline(row.discovered_at),
      });
    else
      await this.tasks.close(
        ctx,
        row.client_id,
        key,
        row.notified_at ? 'Datenpanne gemeldet.' : 'Keine Meldepflicht nach der Risikobewertung.',
      );
  }

  private checkAuthority(code: string | null | undefined): void {
    if (code && !supervisoryAuthorityByCode(code)) throw badInput({ authorityCode: 'Unknown authority' });
  }

  private async require(
    ctx: RequestContext,
    id: string,
    level: 'read' | 'write',
    lock = false,
  ): Promise<BreachRow> {
    this.access.require(ctx, 'requests', level);
    if (!isUuid(id)) throw notFound();
    const row = await this.breaches.find(ctx, id, lock);
    if (!row) throw notFound();
    await this.access.requireClients(ctx, 'requests', level, [row.client_id]);
    return row;
  }

  private async load(ctx: RequestContext, id: string): Promise<BreachRow> {
    const row = await this.breaches.find(ctx, id);
    if (!row) throw notFound();
    return row;
  }
}
