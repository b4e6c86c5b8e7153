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
import { ConsentVault, maskPhone, normalizePhone } from '@klarsicht/api-consent';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { requestDeadline } from '@klarsicht/compliance-rules/legal-clocks';
import { DataSubjectRequestRepository, type RequestRow } from './data-subject-request.repository';
import {
  requestTaskDescription,
  requestTaskKey,
  requestTaskTitle,
  toActionModel,
  toRequestModel,
} from './data-subject-request.util';
import type {
  CloseDataSubjectRequestInput,
  CreateDataSubjectRequestInput,
  DataSubjectRequestsArgs,
  ExtendDataSubjectRequestInput,
} from './dto/data-subject-request.inputs';
import type { DataSubjectRequestModel, RequestActionModel } from './models/data-subject-request.model';
import { OPEN_REQUEST_STATUSES, type IdentityStatus } from './requests.enums';

// A request may be logged when it arrives; one "received" in the future is a typo.
const CLOCK_SKEW_MS = 5 * 60_000;

/** Data subject requests: intake with the Art. 12(3) deadline, its task, extension, closing. */
@Injectable()
export class DataSubjectRequestService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly requests: DataSubjectRequestRepository,
    private readonly tasks: GeneratedTasksService,
    private readonly rules: ComplianceService,
  ) {}

  async create(ctx: RequestContext, input: CreateDataSubjectRequestInput): Promise<DataSubjectRequestModel> {
    await this.access.requireClients(ctx, 'requests', 'write', [input.clientId]);
    return this.record(ctx, { ...input, contact: null });
  }

  /**
   * Logs a request the caller is already entitled to log: after `create`'s access check, or for the public intake
   * form, whose token is the authorisation (request-intake.service.ts). The deadline, the task and the audit event
   * follow; the phone number and the contact are sealed.
   */
  async record(
    ctx: RequestContext,
    input: CreateDataSubjectRequestInput & { contact: string | null },
  ): Promise<DataSubjectRequestModel> {
    if (input.receivedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw badInput({ receivedAt: 'Must not be in the future' });
    let phone: { index: string; sealed: Buffer; masked: string } | null = null;
    if (input.phoneNumber) {
      const e164 = normalizePhone(input.phoneNumber);
      if (!e164) throw badInput({ phoneNumber: 'Not a valid phone number' });
      // The consent subjects' index: the request finds the person's consent data, and only by it.
      phone = {
        index: this.vault.phoneIndex(input.clientId, e164),
        sealed: this.vault.sealPhone(e164),
        masked: maskPhone(e164),
      };
    }
    const federalState = await this.requests.clientFederalState(ctx, input.clientId);
    const deadline = requestDeadline(input.receivedAt, federalState);
    const id = await this.requests.insert(ctx, {
      clientId: input.clientId,
      type: input.type,
      channel: input.channel,
      receivedAt: input.receivedAt,
      description: input.description?.trim() ?? '',
      phoneIndex: phone?.index ?? null,
      sealedPhone: phone?.sealed ?? null,
      masked: phone?.masked ?? null,
      sealedContact: input.contact ? this.vault.seal(input.contact) : null,
      identityStatus: input.identityStatus ?? 'PENDING',
      federalState,
      periodEndOn: deadline.periodEndOn,
      dueOn: deadline.dueOn,
      dueAt: deadline.dueAt,
    });
    const row = await this.load(ctx, id);
    await this.tasks.open(ctx, {
      clientId: input.clientId,
      source: 'DATA_SUBJECT_REQUEST',
      key: requestTaskKey(id),
      title: requestTaskTitle(input.type),
      description: requestTaskDescription(row),
      priority: 'HIGH',
      dueAt: deadline.dueAt,
    });
    ctx.audit({
      action: 'data_subject_request.created',
      entityType: 'data_subject_request',
      entityId: id,
      clientId: input.clientId,
      changes: {
        type: { after: input.type },
        channel: { after: input.channel },
        receivedAt: { after: input.receivedAt },
        dueOn: { after: deadline.dueOn },
        federalState: { after: federalState },
      },
    });
    await this.rules.reevaluate(ctx, [input.clientId]);
    return toRequestModel(row);
  }

  /** The contact the person gave on the intake form, opened for those who may read the request. */
  contact(sealed: Buffer | null): string | null {
    return this.vault.open(sealed);
  }

  async list(
    ctx: RequestContext,
    args: DataSubjectRequestsArgs,
  ): Promise<ConnectionShape<DataSubjectRequestModel>> {
    // Firm-wide for firm staff; a client user's list is their client's (RLS holds it there too).
    if (args.clientId) await this.access.requireClients(ctx, 'requests', 'read', [args.clientId]);
    else this.access.require(ctx, 'requests', 'read');
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, [isCursorTimestamp, isCursorUuid]) as [string, string] | null;
    const { rows, total } = await this.requests.page(
      ctx,
      args.clientId ?? this.access.clientFilter(ctx),
      { status: args.filter?.status, type: args.filter?.type },
      limit,
      cursor,
    );
    return toConnection(
      rows,
      limit,
      total,
      (r) => [r.due_at.toISOString(), r.id],
      Boolean(cursor),
      toRequestModel,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<DataSubjectRequestModel> {
    return toRequestModel(await this.require(ctx, id, 'read'));
  }

  /**
   * Art. 12(3) sentence 2–3: by up to two further months, with reasons, told to the person within the first month:
   * so only before the first month's deadline has passed.
   */
  async extend(
    ctx: RequestContext,
    id: string,
    input: ExtendDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    const row = await this.require(ctx, id, 'write', true);
    if (!OPEN_REQUEST_STATUSES.includes(row.status)) throw conflict('The request is closed');
    if (input.months <= row.extension_months)
      throw badInput({ months: `Already extended by ${row.extension_months} month(s)` });
    const now = new Date();
    const first = requestDeadline(row.received_at, row.federal_state);
    if (now > first.dueAt)
      throw conflict(
        'An extension must be made and told to the person within the first month (Art. 12(3) DSGVO)',
      );
    const deadline = requestDeadline(row.received_at, row.federal_state, input.months);
    const reason = input.reason.trim();
    await this.requests.extend(ctx, id, { months: input.months, reason, ...deadline, at: now });
    await this.tasks.reschedule(ctx, row.client_id, requestTaskKey(id), deadline.dueAt);
    ctx.audit({
      action: 'data_subject_request.extended',
      entityType: 'data_subject_request',
      entityId: id,
      clientId: row.client_id,
      changes: {
        extensionMonths: { before: row.extension_months, after: input.months },
        dueOn: { before: row.due_on, after: deadline.dueOn },
        reason: { after: reason },
      },
    });
    await this.rules.reevaluate(ctx, [row.client_id]);
    return toRequestModel(await this.load(ctx, id));
  }

  async close(
    ctx: RequestContext,
    id: string,
    input: CloseDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    const row = await this.require(ctx, id, 'write', true);
    if (!OPEN_REQUEST_STATUSES.includes(row.status)) throw conflict('The request is closed already');
    const respondedAt = input.respondedAt ?? new Date();
    if (respondedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw badInput({ respondedAt: 'Must not be in the future' });
    if (respondedAt < row.received_at)
      throw badInput({ respondedAt: 'Must not be before the request was received' });
    const note = input.note?.trim() || null;
    await this.requests.close(ctx, id, { status: input.outcome, respondedAt, note });
    await this.tasks.close(
      ctx,
      row.client_id,
      requestTaskKey(id),
      `Anfrage abgeschlossen (${input.outcome === 'COMPLETED' ? 'beantwortet' : 'abgelehnt'}).`,
    );
    ctx.audit({
      action: 'data_subject_request.closed',
      entityType: 'data_subject_request',
      entityId: id,
      clientId: row.client_id,
      changes: {
        status: { before: row.status, after: input.outcome },
        respondedAt: { after: respondedAt },
        onTime: { after: respondedAt <= row.due_at },
      },
    });
    await this.rules.reevaluate(ctx, [row.client_id]);
    return toRequestModel(await this.load(ctx, id));
  }

  async setIdentityStatus(
    ctx: RequestContext,
    id: string,
    status: IdentityStatus,
  ): Promise<DataSubjectRequestModel> {
    const row = await this.require(ctx, id, 'write', true);
    if (!OPEN_REQUEST_STATUSES.includes(row.status)) throw conflict('The request is closed');
    await this.requests.setIdentityStatus(ctx, id, status);
    ctx.audit({
      action: 'data_subject_request.identity_checked',
      entityType: 'data_subject_request',
      entityId: id,
      clientId: row.client_id,
      changes: { identityStatus: { before: row.identity_status, after: status } },
    });
    return toRequestModel(await this.load(ctx, id));
  }

  /** Actions per request, for a page of requests in one statement. */
  async actionsFor(
    ctx: RequestContext,
    requestIds: readonly string[],
  ): Promise<Map<string, RequestActionModel[]>> {
    const result = new Map<string, RequestActionModel[]>();
    for (const row of await this.requests.actionsOf(ctx, requestIds)) {
      const list = result.get(row.request_id) ?? [];
      list.push(toActionModel(row));
      result.set(row.request_id, list);
    }
    return result;
  }

  /** The request if the caller may see (and, for write, change) it; "not yours" is NOT_FOUND. */
  async require(ctx: RequestContext, id: string, level: 'read' | 'write', lock = false): Promise<RequestRow> {
    this.access.require(ctx, 'requests', level);
    if (!isUuid(id)) throw notFound();
    const row = await this.requests.find(ctx, id, lock);
    if (!row) throw notFound();
    await this.access.requireClients(ctx, 'requests', level, [row.client_id]);
    return row;
  }

  private async load(ctx: RequestContext, id: string): Promise<RequestRow> {
    const row = await this.requests.find(ctx, id);
    if (!row) throw notFound();
    return row;
  }
}
