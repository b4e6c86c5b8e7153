import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  AccessService,
  badInput,
  COMPLIANCE_REEVALUATOR,
  decodeCursor,
  isCursorInt,
  isCursorText,
  isCursorTimestamp,
  isCursorUuid,
  type CursorCheck,
  notFound,
  pageSize,
  toConnection,
  type ComplianceReevaluator,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import type { ComplianceLevel } from '@klarsicht/compliance-rules';
import { Client } from './client.entity';
import type { ClientDetailsInput, ClientFilter, CreateClientInput, UpdateClientInput } from './dto/client.inputs';
import type { ClientSort, FederalState } from './federal-state';
import type { ClientModel, PortfolioSummaryModel } from './models/client.model';

type ClientRow = {
  id: string;
  name: string;
  archived_at: Date | null;
  created_at: Date;
  assigned_dpo_id: string | null;
  assigned_dpo_name: string | null;
  industry: string | null;
  federal_state: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  contact_name: string | null;
  contact_email: string | null;
  compliance_score: number;
  compliance_level: string;
  open_task_count: number;
  next_review_at: Date | null;
  consent_pending: number;
  consent_confirmed: number;
  consent_withdrawn: number;
  consent_expired: number;
  overdue_task_count: number;
};

const OVERDUE_COLUMN = `(SELECT count(*) FROM task t WHERE t.tenant_id = c.tenant_id AND t.client_id = c.id AND t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_at < now())::int AS overdue_task_count`;
const CLIENT_COLUMNS = `c.id, c.name, c.archived_at, c.created_at, c.assigned_dpo_id, u.name AS assigned_dpo_name, c.industry, c.federal_state,
  c.street, c.postal_code, c.city, c.contact_name, c.contact_email, c.compliance_score, c.compliance_level, c.open_task_count,
  c.next_review_at, c.consent_pending, c.consent_confirmed, c.consent_withdrawn, c.consent_expired,
  ${OVERDUE_COLUMN}`;
const CLIENT_FROM = `client c LEFT JOIN app_user u ON u.id = c.assigned_dpo_id`;

/** The columns behind each ClientModel field, so that a page reads (and parses) only what was asked for. */
const FIELD_COLUMNS: Record<string, readonly string[]> = {
  archived: ['c.archived_at'],
  createdAt: ['c.created_at'],
  assignedDpo: ['c.assigned_dpo_id', 'u.name AS assigned_dpo_name'],
  industry: ['c.industry'],
  federalState: ['c.federal_state'],
  street: ['c.street'],
  postalCode: ['c.postal_code'],
  city: ['c.city'],
  contactName: ['c.contact_name'],
  contactEmail: ['c.contact_email'],
  compliance: ['c.compliance_score', 'c.compliance_level'],
  openTaskCount: ['c.open_task_count'],
  overdueTaskCount: [OVERDUE_COLUMN],
  consentStats: ['c.consent_pending', 'c.consent_confirmed', 'c.consent_withdrawn', 'c.consent_expired'],
  nextReviewAt: ['c.next_review_at'],
};
const SORT_COLUMNS: Record<ClientSort, string> = {
  NAME: 'c.name',
  SCORE: 'c.compliance_score',
  OPEN_TASKS: 'c.open_task_count',
  NEXT_REVIEW: 'c.next_review_at',
};

/** Columns for the requested fields (all of them when unknown), always with id, name and the sort column. */
const listColumns = (fields: Set<string> | null, sort: ClientSort): { columns: string; join: boolean } => {
  if (!fields) return { columns: CLIENT_COLUMNS, join: true };
  const columns = new Set(['c.id', 'c.name', SORT_COLUMNS[sort]]);
  for (const field of fields) for (const column of FIELD_COLUMNS[field] ?? []) columns.add(column);
  return { columns: [...columns].join(', '), join: fields.has('assignedDpo') };
};

const toModel = (r: ClientRow): ClientModel => ({
  id: r.id,
  name: r.name,
  archived: r.archived_at !== null,
  createdAt: r.created_at,
  assignedDpo: r.assigned_dpo_id ? { id: r.assigned_dpo_id, name: r.assigned_dpo_name ?? '' } : null,
  industry: r.industry,
  federalState: r.federal_state as FederalState | null,
  street: r.street,
  postalCode: r.postal_code,
  city: r.city,
  contactName: r.contact_name,
  contactEmail: r.contact_email,
  compliance: { clientId: r.id, score: r.compliance_score, level: r.compliance_level as ComplianceLevel },
  openTaskCount: r.open_task_count,
  overdueTaskCount: r.overdue_task_count,
  consentStats: { pending: r.consent_pending, confirmed: r.consent_confirmed, withdrawn: r.consent_withdrawn, expired: r.consent_expired },
  nextReviewAt: r.next_review_at,
});

// Keyset pagination per sort: the SQL expression, its cast for the cursor value, and the direction.
// `valid` checks a cursor's sort value before it reaches SQL.
const SORTS: Record<ClientSort, { expr: string; cast: string; desc: boolean; value: (r: ClientRow) => unknown; valid: CursorCheck }> = {
  NAME: { expr: 'c.name', cast: 'text', desc: false, value: (r) => r.name, valid: isCursorText },
  SCORE: { expr: 'c.compliance_score', cast: 'int', desc: false, value: (r) => r.compliance_score, valid: isCursorInt },
  OPEN_TASKS: { expr: 'c.open_task_count', cast: 'int', desc: true, value: (r) => r.open_task_count, valid: isCursorInt },
  NEXT_REVIEW: {
    expr: `COALESCE(c.next_review_at, 'infinity'::timestamptz)`,
    cast: 'timestamptz',
    desc: false,
    value: (r) => (r.next_review_at ? r.next_review_at.toISOString() : 'infinity'),
    valid: isCursorTimestamp,
  },
};

const CHANGEABLE = ['name', 'assignedDpoId', 'industry', 'federalState', 'street', 'postalCode', 'city', 'contactName', 'contactEmail'] as const;

@Injectable()
export class ClientsService {
  constructor(
    private readonly access: AccessService,
    @Optional() @Inject(COMPLIANCE_REEVALUATOR) private readonly reevaluator?: ComplianceReevaluator,
  ) {}

  async create(ctx: RequestContext, input: CreateClientInput): Promise<ClientModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    await this.checkDpo(ctx, input.assignedDpoId);
    const repo = await ctx.repo(Client);
    const client = repo.create({ ...details(input), tenantId: ctx.tenantId, name: input.name.trim(), archivedAt: null });
    await repo.insert(client);
    ctx.audit({ action: 'client.created', entityType: 'client', entityId: client.id, clientId: client.id, changes: changesOf({}, { ...details(input), name: client.name }) });
    await this.reevaluator?.reevaluate(ctx, [client.id]);
    return this.load(ctx, client.id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateClientInput): Promise<ClientModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    const client = await this.access.requireRecord(ctx, 'clients', 'write', Client, id);
    if (client.archivedAt) throw badInput({ id: 'Archived clients cannot be changed' });
    await this.checkDpo(ctx, input.assignedDpoId);
    const next: Partial<Client> = details(input);
    if (input.name !== undefined && input.name !== null) next.name = input.name.trim();
    const changes = changesOf(client, next);
    if (Object.keys(changes).length > 0) {
      await (await ctx.repo(Client)).update({ id }, next);
      ctx.audit({ action: 'client.updated', entityType: 'client', entityId: id, clientId: id, changes });
    }
    return this.load(ctx, id);
  }

  async archive(ctx: RequestContext, id: string): Promise<ClientModel> {
    this.access.requireFirm(ctx, 'clients', 'delete');
    const client = await this.access.requireRecord(ctx, 'clients', 'delete', Client, id);
    if (!client.archivedAt) {
      const archivedAt = new Date();
      await (await ctx.repo(Client)).update({ id }, { archivedAt });
      ctx.audit({ action: 'client.archived', entityType: 'client', entityId: id, clientId: id, changes: { archivedAt: { before: null, after: archivedAt.toISOString() } } });
    }
    return this.load(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<ClientModel> {
    await this.access.requireRecord(ctx, 'clients', 'read', Client, id);
    return this.load(ctx, id);
  }

  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: ClientFilter | null; sort?: ClientSort | null },
    fields: Set<string> | null = null,
  ): Promise<ConnectionShape<ClientModel>> {
    this.access.require(ctx, 'clients', 'read');
    const limit = pageSize(args.first, 5000);
    const sort = SORTS[args.sort ?? 'NAME'];
    const cursor = decodeCursor(args.after, [sort.valid, isCursorUuid]) as [unknown, string] | null;
    const filter = args.filter ?? {};
    const params: unknown[] = [ctx.tenantId];
    const where: string[] = ['c.tenant_id = $1', filter.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL'];
    const scope = this.access.clientFilter(ctx);
    if (scope) where.push(`c.id = $${params.push(scope)}`);
    if (filter.search) {
      const p = params.push(`%${filter.search.replace(/[%_\\]/g, '\\$&')}%`);
      where.push(`(c.name ILIKE $${p} OR c.city ILIKE $${p} OR c.contact_name ILIKE $${p})`);
    }
    if (filter.level) where.push(`c.compliance_level = $${params.push(filter.level)}`);
    if (filter.assignedDpoId) where.push(`c.assigned_dpo_id = $${params.push(filter.assignedDpoId)}`);
    const filtered = where.join(' AND ');
    const countParams = [...params];
    const op = sort.desc ? '<' : '>';
    const pageWhere = cursor
      ? `${filtered} AND (${sort.expr}, c.id) ${op} ($${params.push(cursor[0])}::${sort.cast}, $${params.push(cursor[1])}::uuid)`
      : filtered;
    const dir = sort.desc ? 'DESC' : 'ASC';
    // One round trip: the total is an uncorrelated subquery (evaluated once). Only an empty page after a cursor
    // (nothing left) needs the count on its own; without a cursor an empty page means a total of 0.
    const { columns, join } = listColumns(fields, args.sort ?? 'NAME');
    // The whole active portfolio of a firm is counted by triggers (tenant.active_client_count); filtered or
    // client-scoped pages count their rows.
    const unfiltered = !scope && !filter.search && !filter.level && !filter.assignedDpoId && !filter.archived;
    const total = unfiltered ? `SELECT active_client_count FROM tenant WHERE id = $1` : `SELECT count(*) FROM client c WHERE ${filtered}`;
    const rows = await ctx.prepared<ClientRow & { total_count: string }>(
      `SELECT ${columns}, (${total}) AS total_count
         FROM ${join ? CLIENT_FROM : 'client c'} WHERE ${pageWhere} ORDER BY ${sort.expr} ${dir}, c.id ${dir} LIMIT $${params.length + 1}`,
      [...params, limit + 1],
    );
    const count = rows[0]?.total_count ?? (cursor ? (await ctx.query<{ count: string }>(`SELECT count(*) FROM client c WHERE ${filtered}`, countParams))[0].count : 0);
    return toConnection(rows, limit, Number(count), (r) => [sort.value(r), r.id], cursor !== null, toModel);
  }

  async portfolioSummary(ctx: RequestContext): Promise<PortfolioSummaryModel> {
    this.access.require(ctx, 'clients', 'read');
    const params: unknown[] = [ctx.tenantId];
    const scope = this.access.clientFilter(ctx);
    const scoped = scope ? ` AND id = $${params.push(scope)}` : '';
    const [row] = await ctx.prepared<Record<string, string>>(
      `SELECT count(*) AS clients,
              count(*) FILTER (WHERE compliance_level = 'RED') AS red,
              count(*) FILTER (WHERE compliance_level = 'AMBER') AS amber,
              count(*) FILTER (WHERE compliance_level = 'GREEN') AS green,
              coalesce(sum(open_task_count), 0) AS open_tasks,
              count(*) FILTER (WHERE next_review_at < now() + interval '30 days') AS reviews_due,
              coalesce(sum(consent_pending), 0) AS pending, coalesce(sum(consent_confirmed), 0) AS confirmed,
              coalesce(sum(consent_withdrawn), 0) AS withdrawn, coalesce(sum(consent_expired), 0) AS expired
         FROM client WHERE tenant_id = $1 AND archived_at IS NULL${scoped}`,
      params,
    );
    const n = (key: string): number => Number(row?.[key] ?? 0);
    return {
      clientCount: n('clients'),
      byLevel: [
        { level: 'RED', count: n('red') },
        { level: 'AMBER', count: n('amber') },
        { level: 'GREEN', count: n('green') },
      ],
      openTasks: n('open_tasks'),
      reviewsDue: n('reviews_due'),
      consents: { pending: n('pending'), confirmed: n('confirmed'), withdrawn: n('withdrawn'), expired: n('expired') },
    };
  }

  private async load(ctx: RequestContext, id: string): Promise<ClientModel> {
    const [row] = await ctx.query<ClientRow>(`SELECT ${CLIENT_COLUMNS} FROM ${CLIENT_FROM} WHERE c.id = $1`, [id]);
    if (!row) throw notFound();
    return toModel(row);
  }

  /** The assigned DPO must be firm staff of this tenant (not a client user, not an auditor). */
  private async checkDpo(ctx: RequestContext, userId: string | null | undefined): Promise<void> {
    if (!userId) return;
    const rows = await ctx.query(`SELECT 1 FROM membership WHERE tenant_id = $1 AND user_id = $2 AND client_id IS NULL AND role IN ('OWNER', 'DPO', 'ASSISTANT')`, [
      ctx.tenantId,
      userId,
    ]);
    if (rows.length === 0) throw badInput({ assignedDpoId: 'Must be a member of the firm' });
  }
}


const details = (input: ClientDetailsInput): Partial<Client> => {
  const out: Partial<Client> = {};
  for (const key of CHANGEABLE) {
    if (key === 'name') continue;
    const value = input[key];
    if (value === undefined) continue;
    out[key] = (typeof value === 'string' ? value.trim() || null : value) as never;
  }
  return out;
};

const changesOf = (before: Partial<Client>, after: Partial<Client>): Record<string, { before: unknown; after: unknown }> => {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of CHANGEABLE) {
    if (!(key in after)) continue;
    const prev = before[key] ?? null;
    const next = after[key] ?? null;
    // Contact e-mail addresses are personal data: the audit log records that they changed, not their values.
    if (prev !== next) changes[key] = key === 'contactEmail' ? { before: prev && '***', after: next && '***' } : { before: prev, after: next };
  }
  return changes;
};
