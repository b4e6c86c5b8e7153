import { Injectable } from '@nestjs/common';
import { AppError, conflict, type RequestContext } from '@klarsicht/api-core';
import {
  ConsentErasureService,
  ConsentProofService,
  ConsentRecordService,
  ConsentVault,
} from '@klarsicht/api-consent';
import { DataSubjectRequestRepository, type RequestRow } from './data-subject-request.repository';
import { DataSubjectRequestService } from './data-subject-request.service';
import { toActionModel, toRequestModel } from './data-subject-request.util';
import type { RequestActionResultModel } from './models/data-subject-request.model';
import { ACTIONS_FOR, OPEN_REQUEST_STATUSES, type ActionOutcome, type RequestAction } from './requests.enums';

type Outcome = { outcome: ActionOutcome; detail: string; json: string | null };

/**
 * What a request asks of the consent data Klarsicht holds about the person: the export (Art. 15, 20), the erasure
 * (Art. 17, blocked by a legal hold) and the withdrawal of marketing consent (Art. 21(3), Art. 7(3)). Each runs
 * through the consent feature's own service, with its access check, and is recorded on the request and audited.
 */
@Injectable()
export class DataSubjectRequestActionsService {
  constructor(
    private readonly requests: DataSubjectRequestService,
    private readonly rows: DataSubjectRequestRepository,
    private readonly vault: ConsentVault,
    private readonly proofs: ConsentProofService,
    private readonly erasure: ConsentErasureService,
    private readonly records: ConsentRecordService,
  ) {}

  async run(ctx: RequestContext, id: string, action: RequestAction): Promise<RequestActionResultModel> {
    const { request, phone } = await this.prepare(ctx, id, action);
    const result = await this.perform(ctx, request.client_id, phone, action);
    return { ...(await this.record(ctx, request, action, result)), json: result.json };
  }

  /**
   * The person's consent data for the access export as a PDF (GET /api/data-subject-requests/:id/export.pdf):
   * the same checks as EXPORT_CONSENT_DATA, recorded on the request and audited like it. Without consent data
   * for the number there is nothing to render: CONFLICT, and nothing is recorded.
   */
  async exportProof(
    ctx: RequestContext,
    id: string,
  ): Promise<{ request: RequestRow; proof: Awaited<ReturnType<ConsentProofService['proof']>> }> {
    const { request, phone } = await this.prepare(ctx, id, 'EXPORT_CONSENT_DATA');
    const proof = await this.proofs.proof(ctx, request.client_id, phone).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw conflict('No consent data for this number');
      throw error;
    });
    await this.record(ctx, request, 'EXPORT_CONSENT_DATA', {
      outcome: 'DONE',
      detail: `${proof.records.length} Einwilligung(en), ${proof.events.length} Ereignis(se), ${proof.textVersions.length} Textfassung(en) als PDF exportiert`,
      json: null,
    });
    return { request, proof };
  }

  private async prepare(
    ctx: RequestContext,
    id: string,
    action: RequestAction,
  ): Promise<{ request: RequestRow; phone: string }> {
    const request = await this.requests.require(ctx, id, 'write', true);
    if (!OPEN_REQUEST_STATUSES.includes(request.status)) throw conflict('The request is closed');
    if (!ACTIONS_FOR[request.type].includes(action))
      throw conflict(`${action} does not answer a request of type ${request.type}`);
    if (request.identity_status !== 'VERIFIED')
      throw conflict("The person's identity must be verified first (Art. 12(6) DSGVO)");
    const phone = this.vault.openPhone(request.phone_encrypted);
    if (!phone) throw conflict('The request has no phone number to act on');
    return { request, phone };
  }

  private async record(
    ctx: RequestContext,
    request: RequestRow,
    action: RequestAction,
    result: Outcome,
  ): Promise<Omit<RequestActionResultModel, 'json'>> {
    const row = await this.rows.insertAction(
      ctx,
      { id: request.id, clientId: request.client_id },
      { action, outcome: result.outcome, detail: result.detail },
    );
    ctx.audit({
      action: 'data_subject_request.action_run',
      entityType: 'data_subject_request',
      entityId: request.id,
      clientId: request.client_id,
      changes: {
        action: { after: action },
        outcome: { after: result.outcome },
        detail: { after: result.detail },
      },
    });
    return { request: toRequestModel(request), action: toActionModel(row) };
  }

  private async perform(
    ctx: RequestContext,
    clientId: string,
    phoneNumber: string,
    action: RequestAction,
  ): Promise<Outcome> {
    switch (action) {
      case 'EXPORT_CONSENT_DATA':
        return this.handled(async () => {
          const proof = await this.proofs.proof(ctx, clientId, phoneNumber);
          return {
            outcome: 'DONE',
            detail: `${proof.records.length} Einwilligung(en), ${proof.events.length} Ereignis(se), ${proof.textVersions.length} Textfassung(en) exportiert`,
            json: proof.json,
          };
        });
      case 'ERASE_CONSENT_DATA':
        return this.handled(async () => {
          const erased = await this.erasure.erase(ctx, { clientId, phoneNumber });
          return {
            outcome: 'DONE',
            detail: `Kennungen gelöscht; ${erased.recordCount} Einwilligung(en) bleiben pseudonym`,
            json: null,
          };
        });
      case 'WITHDRAW_MARKETING': {
        const records = await this.records.withdraw(ctx, {
          clientId,
          phoneNumber,
          purposes: ['MARKETING'],
          source: 'API',
        });
        if (records.length === 0)
          return { outcome: 'NO_DATA', detail: 'Keine Einwilligung für Marketing vorhanden', json: null };
        return { outcome: 'DONE', detail: 'Einwilligung für Marketing widerrufen', json: null };
      }
    }
  }

  // The consent services answer "no such person" with NOT_FOUND and a legal hold with CONFLICT: both are outcomes
  // to record on the request, not failures of the action.
  private async handled(work: () => Promise<Outcome>): Promise<Outcome> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        return { outcome: 'NO_DATA', detail: 'Keine Einwilligungsdaten zu dieser Nummer', json: null };
      if (error instanceof AppError && error.code === 'CONFLICT')
        return { outcome: 'BLOCKED', detail: error.message, json: null };
      throw error;
    }
  }
}
