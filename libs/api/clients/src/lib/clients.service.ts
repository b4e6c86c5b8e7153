import { Injectable } from '@nestjs/common';
import {
  AccessChanges,
  AccessService,
  badInput,
  decodeCursor,
  notFound,
  pageSize,
  toConnection,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import type { ComplianceLevel } from '@klarsicht/compliance-rules';
import { ComplianceService } from '@klarsicht/api-compliance';
import { Client } from './client.entity';
import { ClientsRepository, cursorChecks, cursorOf, type ClientRow } from './clients.repository';
import { changesOf, details } from './clients.util';
import type { ClientFilter, CreateClientInput, UpdateClientInput } from './dto/client.inputs';
import type { ClientSort, FederalState } from './federal-state';
import type { ClientModel } from './models/client.model';

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
  consentStats: {
    pending: r.consent_pending,
    confirmed: r.consent_confirmed,
    withdrawn: r.consent_withdrawn,
    expired: r.consent_expired,
  },
  nextReviewAt: r.next_review_at,
  breachDeadline: r.breach_deadline ?? null,
});

@Injectable()
export class ClientsService {
  constructor(
    private readonly access: AccessService,
    private readonly clients: ClientsRepository,
    private readonly compliance: ComplianceService,
    private readonly accessChanges: AccessChanges,
  ) {}

  async create(ctx: RequestContext, input: CreateClientInput): Promise<ClientModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    await this.checkDpo(ctx, input.assignedDpoId);
    const client = await this.clients.insert(ctx, { ...details(input), name: input.name.trim() });
    ctx.audit({
      action: 'client.created',
      entityType: 'client',
      entityId: client.id,
      clientId: client.id,
      changes: changesOf({}, { ...details(input), name: client.name }),
    });
    await this.compliance.reevaluate(ctx, [client.id]);
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
      await this.clients.update(ctx, id, next);
      ctx.audit({ action: 'client.updated', entityType: 'client', entityId: id, clientId: id, changes });
    }
    return this.load(ctx, id);
  }

  /**
   * Ends the mandate: the firm keeps every record, the client's portal closes at once (its users' sessions end, they
   * cannot sign in to it, API keys bound to it stop working) until restoreClient.
   */
  async archive(ctx: RequestContext, id: string): Promise<ClientModel> {
    this.access.requireFirm(ctx, 'clients', 'delete');
    const client = await this.access.requireRecord(ctx, 'clients', 'delete', Client, id);
    if (!client.archivedAt) {
      const archivedAt = new Date();
      await this.clients.update(ctx, id, { archivedAt });
      for (const userId of await this.clients.portalUserIds(ctx, id))
        await this.accessChanges.record(ctx, { userId, role: null, clientId: null });
      ctx.audit({
        action: 'client.archived',
        entityType: 'client',
        entityId: id,
        clientId: id,
        changes: { archivedAt: { before: null, after: archivedAt.toISOString() } },
      });
    }
    return this.load(ctx, id);
  }

  /** Takes an archived client back: its portal opens again (its users sign in anew). */
  async restore(ctx: RequestContext, id: string): Promise<ClientModel> {
    this.access.requireFirm(ctx, 'clients', 'delete');
    const client = await this.access.requireRecord(ctx, 'clients', 'delete', Client, id);
    if (client.archivedAt) {
      await this.clients.update(ctx, id, { archivedAt: null });
      ctx.audit({
        action: 'client.restored',
        entityType: 'client',
        entityId: id,
        clientId: id,
        changes: { archivedAt: { before: client.archivedAt.toISOString(), after: null } },
      });
    }
    return this.load(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<ClientModel> {
    await this.access.requireRecord(ctx, 'clients', 'read', Client, id);
    return this.load(ctx, id);
  }

  async list(
    ctx: RequestContext,
    args: {
      first?: number | null;
      after?: string | null;
      filter?: ClientFilter | null;
      sort?: ClientSort | null;
    },
    fields: Set<string> | null = null,
  ): Promise<ConnectionShape<ClientModel>> {
    this.access.require(ctx, 'clients', 'read');
    const limit = pageSize(args.first);
    const sort = args.sort ?? 'NAME';
    const cursor = decodeCursor(args.after, cursorChecks(sort)) as [unknown, string] | null;
    const { rows, total } = await this.clients.page(ctx, {
      scope: this.access.clientFilter(ctx),
      filter: args.filter ?? {},
      sort,
      limit,
      cursor,
      fields,
    });
    return toConnection(rows, limit, total, (r) => cursorOf(sort, r), cursor !== null, toModel);
  }

  private async load(ctx: RequestContext, id: string): Promise<ClientModel> {
    const row = await this.clients.find(ctx, id);
    if (!row) throw notFound();
    return toModel(row);
  }

  /** The assigned DPO must be firm staff of this tenant (not a client user, not an auditor). */
  private async checkDpo(ctx: RequestContext, userId: string | null | undefined): Promise<void> {
    if (!userId) return;
    if (!(await this.clients.isFirmStaff(ctx, userId)))
      throw badInput({ assignedDpoId: 'Must be a member of the firm' });
  }
}
