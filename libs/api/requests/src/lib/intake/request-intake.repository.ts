import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inSystemScope, newId, type RequestContext } from '@klarsicht/api-core';

export type IntakeFormRow = {
  id: string;
  tenant_id: string;
  client_id: string;
  client_name: string;
  token: string;
  enabled: boolean;
};

const COLUMNS = `f.id, f.tenant_id, f.client_id, c.name AS client_name, f.token, f.enabled`;
const FROM = `request_intake_form f JOIN client c ON c.tenant_id = f.tenant_id AND c.id = f.client_id`;

/** The public intake forms of a firm's clients (at most one per client). */
@Injectable()
export class RequestIntakeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The firm of a form, by its token, in the system scope: a public request names only the token. */
  async tenantOf(token: string): Promise<string | null> {
    return inSystemScope(this.dataSource, async (manager) => {
      const rows: { tenant_id: string }[] = await manager.query(
        `SELECT tenant_id FROM request_intake_form WHERE token = $1`,
        [token],
      );
      return rows[0]?.tenant_id ?? null;
    });
  }

  async byToken(ctx: RequestContext, token: string): Promise<IntakeFormRow | null> {
    const [row] = await ctx.query<IntakeFormRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE f.tenant_id = $1 AND f.token = $2 AND c.archived_at IS NULL`,
      [ctx.tenantId, token],
    );
    return row ?? null;
  }

  async forClient(ctx: RequestContext, clientId: string, lock = false): Promise<IntakeFormRow | null> {
    const [row] = await ctx.query<IntakeFormRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE f.tenant_id = $1 AND f.client_id = $2${lock ? ' FOR UPDATE OF f' : ''}`,
      [ctx.tenantId, clientId],
    );
    return row ?? null;
  }

  async insert(ctx: RequestContext, clientId: string, token: string): Promise<string> {
    const id = newId();
    await ctx.query(
      `INSERT INTO request_intake_form (id, tenant_id, client_id, token) VALUES ($1, $2, $3, $4)`,
      [id, ctx.tenantId, clientId, token],
    );
    return id;
  }

  async update(ctx: RequestContext, id: string, values: { enabled: boolean; token: string }): Promise<void> {
    await ctx.query(
      `UPDATE request_intake_form SET enabled = $2, token = $3, updated_at = now() WHERE tenant_id = $4 AND id = $1`,
      [id, values.enabled, values.token, ctx.tenantId],
    );
  }
}
