import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import type {
  ActionOutcome,
  IdentityStatus,
  RequestAction,
  RequestChannel,
  RequestStatus,
  RequestType,
} from './requests.enums';

export type RequestRow = {
  id: string;
  client_id: string;
  client_name: string;
  type: RequestType;
  channel: RequestChannel;
  received_at: Date;
  description: string;
  phone_masked: string | null;
  phone_encrypted: Buffer | null;
  contact_encrypted: Buffer | null;
  identity_status: IdentityStatus;
  federal_state: string | null;
  period_end_on: string;
  due_on: string;
  due_at: Date;
  overdue: boolean;
  extension_months: number;
  extension_reason: string | null;
  extended_at: Date | null;
  status: RequestStatus;
  responded_at: Date | null;
  response_note: string | null;
  created_at: Date;
};

export type ActionRow = {
  id: string;
  action: RequestAction;
  outcome: ActionOutcome;
  detail: string;
  performed_at: Date;
};

export type NewRequest = {
  clientId: string;
  type: RequestType;
  channel: RequestChannel;
  receivedAt: Date;
  description: string;
  phoneIndex: string | null;
  sealedPhone: Buffer | null;
  masked: string | null;
  /** Name and e-mail from the public intake form, sealed. */
  sealedContact: Buffer | null;
  identityStatus: IdentityStatus;
  federalState: string | null;
  periodEndOn: string;
  dueOn: string;
  dueAt: Date;
};

// Dates as text: a `date` column would come back as a JS Date at local midnight.
const COLUMNS = `r.id, r.client_id, c.name AS client_name, r.type, r.channel, r.received_at, r.description, r.phone_masked, r.phone_encrypted,
  r.contact_encrypted, r.identity_status, r.federal_state, r.period_end_on::text AS period_end_on, r.due_on::text AS due_on, r.due_at,
  (r.status IN ('OPEN', 'EXTENDED') AND r.due_at < now()) AS overdue, r.extension_months, r.extension_reason,
  r.extended_at, r.status, r.responded_at, r.response_note, r.created_at`;

const FROM = `data_subject_request r JOIN client c ON c.tenant_id = r.tenant_id AND c.id = r.client_id`;

/** Data subject requests and the actions taken for them. */
@Injectable()
export class DataSubjectRequestRepository {
  async clientFederalState(ctx: RequestContext, clientId: string): Promise<string | null> {
    const [row] = await ctx.query<{ federal_state: string | null }>(
      `SELECT federal_state FROM client WHERE id = $1`,
      [clientId],
    );
    return row?.federal_state ?? null;
  }

  async insert(ctx: RequestContext, values: NewRequest): Promise<string> {
    const id = newId();
    await ctx.query(
      `INSERT INTO data_subject_request (id, tenant_id, client_id, type, channel, received_at, description, phone_index,
         phone_encrypted, phone_masked, contact_encrypted, identity_status, federal_state, period_end_on, due_on, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        id,
        ctx.tenantId,
        values.clientId,
        values.type,
        values.channel,
        values.receivedAt,
        values.description,
        values.phoneIndex,
        values.sealedPhone,
        values.masked,
        values.sealedContact,
        values.identityStatus,
        values.federalState,
        values.periodEndOn,
        values.dueOn,
        values.dueAt,
      ],
    );
    return id;
  }

  async find(ctx: RequestContext, id: string, lock = false): Promise<RequestRow | null> {
    const [row] = await ctx.query<RequestRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [id],
    );
    return row ?? null;
  }

  /** A page in due order after the cursor (due_at, id), and the total of the filter; no client: every one. */
  async page(
    ctx: RequestContext,
    clientId: string | null,
    filter: { status?: readonly string[] | null; type?: readonly string[] | null },
    limit: number,
    cursor: [string, string] | null,
  ): Promise<{ rows: RequestRow[]; total: number }> {
    const params: unknown[] = [ctx.tenantId];
    const where = ['r.tenant_id = $1'];
    if (clientId) where.push(`r.client_id = $${params.push(clientId)}`);
    if (filter.status?.length) where.push(`r.status = ANY($${params.push(filter.status)}::text[])`);
    if (filter.type?.length) where.push(`r.type = ANY($${params.push(filter.type)}::text[])`);
    const [{ total }] = await ctx.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM data_subject_request r WHERE ${where.join(' AND ')}`,
      params,
    );
    if (cursor)
      where.push(
        `(r.due_at, r.id) > ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`,
      );
    const rows = await ctx.query<RequestRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY r.due_at, r.id LIMIT $${params.push(limit + 1)}`,
      params,
    );
    return { rows, total };
  }

  async extend(
    ctx: RequestContext,
    id: string,
    values: { months: number; reason: string; periodEndOn: string; dueOn: string; dueAt: Date; at: Date },
  ): Promise<void> {
    await ctx.query(
      `UPDATE data_subject_request SET status = 'EXTENDED', extension_months = $2, extension_reason = $3,
         period_end_on = $4, due_on = $5, due_at = $6, extended_at = $7, updated_at = now() WHERE id = $1`,
      [id, values.months, values.reason, values.periodEndOn, values.dueOn, values.dueAt, values.at],
    );
  }

  async close(
    ctx: RequestContext,
    id: string,
    values: { status: RequestStatus; respondedAt: Date; note: string | null },
  ): Promise<void> {
    await ctx.query(
      `UPDATE data_subject_request SET status = $2, responded_at = $3, response_note = $4, updated_at = now() WHERE id = $1`,
      [id, values.status, values.respondedAt, values.note],
    );
  }

  async setIdentityStatus(ctx: RequestContext, id: string, status: IdentityStatus): Promise<void> {
    await ctx.query(
      `UPDATE data_subject_request SET identity_status = $2, updated_at = now() WHERE id = $1`,
      [id, status],
    );
  }

  async insertAction(
    ctx: RequestContext,
    request: { id: string; clientId: string },
    values: { action: RequestAction; outcome: ActionOutcome; detail: string },
  ): Promise<ActionRow> {
    const row: ActionRow = { id: newId(), ...values, performed_at: new Date() };
    await ctx.query(
      `INSERT INTO data_subject_request_action (id, tenant_id, client_id, request_id, action, outcome, detail, performed_at, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        row.id,
        ctx.tenantId,
        request.clientId,
        request.id,
        row.action,
        row.outcome,
        row.detail,
        row.performed_at,
        ctx.principal.userId ?? null,
      ],
    );
    return row;
  }

  async actionsOf(
    ctx: RequestContext,
    requestIds: readonly string[],
  ): Promise<(ActionRow & { request_id: string })[]> {
    return ctx.query<ActionRow & { request_id: string }>(
      `SELECT id, request_id, action, outcome, detail, performed_at FROM data_subject_request_action
        WHERE request_id = ANY($1::uuid[]) ORDER BY performed_at, id`,
      [requestIds],
    );
  }

  /** Clients of this firm with an open request past its due date (the hourly DSR-OVERDUE re-evaluation). */
  async clientsWithOverdue(ctx: RequestContext): Promise<string[]> {
    const rows = await ctx.query<{ client_id: string }>(
      `SELECT DISTINCT client_id FROM data_subject_request WHERE tenant_id = $1 AND status IN ('OPEN', 'EXTENDED') AND due_at < now()`,
      [ctx.tenantId],
    );
    return rows.map((r) => r.client_id);
  }
}
