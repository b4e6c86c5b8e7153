import { Injectable } from '@nestjs/common';
import {
  isCursorInt,
  isCursorText,
  isCursorTimestamp,
  isCursorUuid,
  type CursorCheck,
  type RequestContext,
} from '@klarsicht/api-core';
import { Client } from './client.entity';
import type { ClientFilter } from './dto/client.inputs';
import type { ClientSort } from './federal-state';

export type ClientRow = {
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
  // Selected only when asked for (breachDeadline).
  breach_deadline?: Date | null;
};

const OVERDUE_COLUMN = `(SELECT count(*) FROM task t WHERE t.tenant_id = c.tenant_id AND t.client_id = c.id AND t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_at < now())::int AS overdue_task_count`;
// The earliest running Art. 33 clock: an unnotified breach with a risk (breach_unnotified_idx).
const BREACH_DEADLINE_COLUMN = `(SELECT min(b.discovered_at) + interval '72 hours' FROM breach b WHERE b.tenant_id = c.tenant_id AND b.client_id = c.id AND b.notified_at IS NULL AND b.risk <> 'NO_RISK') AS breach_deadline`;
const CLIENT_COLUMNS = `c.id, c.name, c.archived_at, c.created_at, c.assigned_dpo_id, u.name AS assigned_dpo_name, c.industry, c.federal_state,
  c.street, c.postal_code, c.city, c.contact_name, c.contact_email, c.compliance_score, c.compliance_level, c.open_task_count,
  c.next_review_at, c.consent_pending, c.consent_confirmed, c.consent_withdrawn, c.consent_expired,
  ${OVERDUE_COLUMN}, ${BREACH_DEADLINE_COLUMN}`;
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
  breachDeadline: [BREACH_DEADLINE_COLUMN],
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

// Keyset pagination per sort: the SQL expression, its cast for the cursor value, and the direction.
// `valid` checks a cursor's sort value before it reaches SQL.
const SORTS: Record<
  ClientSort,
  { expr: string; cast: string; desc: boolean; value: (r: ClientRow) => unknown; valid: CursorCheck }
> = {
  // A name cannot hold NUL (PostgreSQL text refuses it): a cursor with one is forged, and bad input.
  NAME: {
    expr: 'c.name',
    cast: 'text',
    desc: false,
    value: (r) => r.name,
    valid: (v) => isCursorText(v) && !String(v).includes('\u0000'),
  },
  SCORE: {
    expr: 'c.compliance_score',
    cast: 'int',
    desc: false,
    value: (r) => r.compliance_score,
    valid: isCursorInt,
  },
  OPEN_TASKS: {
    expr: 'c.open_task_count',
    cast: 'int',
    desc: true,
    value: (r) => r.open_task_count,
    valid: isCursorInt,
  },
  NEXT_REVIEW: {
    expr: `COALESCE(c.next_review_at, 'infinity'::timestamptz)`,
    cast: 'timestamptz',
    desc: false,
    value: (r) => (r.next_review_at ? r.next_review_at.toISOString() : 'infinity'),
    valid: isCursorTimestamp,
  },
};

/** What a cursor of each sort holds, checked before it reaches SQL: the sort value, then the id. */
export const cursorChecks = (sort: ClientSort): CursorCheck[] => [SORTS[sort].valid, isCursorUuid];
/** The cursor values of a row under a sort. */
export const cursorOf = (sort: ClientSort, row: ClientRow): unknown[] => [SORTS[sort].value(row), row.id];

export type ClientPageQuery = {
  scope: string | null;
  filter: ClientFilter;
  sort: ClientSort;
  limit: number;
  cursor: [unknown, string] | null;
  fields: Set<string> | null;
};

@Injectable()
export class ClientsRepository {
  async insert(ctx: RequestContext, values: Partial<Client> & { name: string }): Promise<Client> {
    const repo = await ctx.repo(Client);
    const client = repo.create({ ...values, tenantId: ctx.tenantId, archivedAt: null });
    await repo.insert(client);
    return client;
  }

  /** The users of the client's portal (client roles bound to it). */
  async portalUserIds(ctx: RequestContext, clientId: string): Promise<string[]> {
    const rows = await ctx.query<{ userId: string }>(
      `SELECT user_id AS "userId" FROM membership WHERE tenant_id = $1 AND client_id = $2`,
      [ctx.tenantId, clientId],
    );
    return rows.map((row) => row.userId);
  }

  async update(ctx: RequestContext, id: string, values: Partial<Client>): Promise<void> {
    await (await ctx.repo(Client)).update({ id }, values);
  }

  async find(ctx: RequestContext, id: string): Promise<ClientRow | null> {
    const [row] = await ctx.query<ClientRow>(`SELECT ${CLIENT_COLUMNS} FROM ${CLIENT_FROM} WHERE c.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  /**
   * A page of clients in one round trip (a hot read: prepared). The total is an uncorrelated subquery (evaluated
   * once); only an empty page after a cursor (nothing left) needs the count on its own, and without a cursor an
   * empty page means a total of 0. The whole active portfolio of a firm is counted by triggers
   * (tenant.active_client_count); filtered or client-scoped pages count their rows.
   */
  async page(ctx: RequestContext, q: ClientPageQuery): Promise<{ rows: ClientRow[]; total: number }> {
    const { scope, filter, cursor } = q;
    const sort = SORTS[q.sort];
    const params: unknown[] = [ctx.tenantId];
    const where: string[] = [
      'c.tenant_id = $1',
      filter.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL',
    ];
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
    const { columns, join } = listColumns(q.fields, q.sort);
    const unfiltered = !scope && !filter.search && !filter.level && !filter.assignedDpoId && !filter.archived;
    const total = unfiltered
      ? `SELECT active_client_count FROM tenant WHERE id = $1`
      : `SELECT count(*) FROM client c WHERE ${filtered}`;
    const rows = await ctx.prepared<ClientRow & { total_count: string }>(
      `SELECT ${columns}, (${total}) AS total_count
         FROM ${join ? CLIENT_FROM : 'client c'} WHERE ${pageWhere} ORDER BY ${sort.expr} ${dir}, c.id ${dir} LIMIT $${params.length + 1}`,
      [...params, q.limit + 1],
    );
    const count =
      rows[0]?.total_count ??
      (cursor
        ? (
            await ctx.query<{ count: string }>(`SELECT count(*) FROM client c WHERE ${filtered}`, countParams)
          )[0].count
        : 0);
    return { rows, total: Number(count) };
  }

  /** Firm staff of this tenant who may be a client's DPO (not client users, not auditors). */
  async isFirmStaff(ctx: RequestContext, userId: string): Promise<boolean> {
    const rows = await ctx.query(
      `SELECT 1 FROM membership WHERE tenant_id = $1 AND user_id = $2 AND client_id IS NULL AND role IN ('OWNER', 'DPO', 'ASSISTANT')`,
      [ctx.tenantId, userId],
    );
    return rows.length > 0;
  }
}
