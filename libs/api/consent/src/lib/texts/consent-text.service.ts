import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  conflict,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { lintConsentText, type ConsentTextLintResult } from '@klarsicht/compliance-rules';
import type { ConsentPurpose } from '../consent.enums';
import type { ConsentText } from '../consent.entities';
import { consentTextHash, toTextModel, toTextReviewModel } from '../consent.util';
import type { LintConsentTextInput, PublishConsentTextInput } from '../dto/consent.inputs';
import type { ConsentTextReviewModel } from '../models/consent-text-review.model';
import type { ConsentTextVersionModel } from '../models/consent.models';
import { ConsentTextRepository } from './consent-text.repository';

/** Consent texts: immutable, versioned per client, hashed exactly as shown. */
@Injectable()
export class ConsentTextService {
  constructor(
    private readonly access: AccessService,
    private readonly texts: ConsentTextRepository,
    private readonly rules: ComplianceService,
  ) {}

  /** The review of a draft (docs/judgement.md): nothing is stored. */
  async lint(ctx: RequestContext, input: LintConsentTextInput): Promise<ConsentTextReviewModel> {
    await this.access.requireClients(ctx, 'consents', 'read', [input.clientId]);
    return toTextReviewModel(
      await this.review(ctx, input.clientId, input.language, input.text, input.purposes),
    );
  }

  private async review(
    ctx: RequestContext,
    clientId: string,
    language: string,
    text: string,
    purposes: readonly ConsentPurpose[],
  ): Promise<ConsentTextLintResult> {
    const controllerName = await this.texts.clientName(ctx, clientId);
    if (controllerName === null) throw notFound();
    return lintConsentText({ language, text, purposes, controllerName });
  }

  async publish(ctx: RequestContext, input: PublishConsentTextInput): Promise<ConsentTextVersionModel> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const title = input.title?.trim() ?? '';
    const body = input.text.trim();
    const purposes = [...new Set(input.purposes)].sort();
    // The review is of what the person reads: the heading and the text together.
    const review = await this.review(
      ctx,
      input.clientId,
      input.language,
      title ? `${title}\n${body}` : body,
      purposes,
    );
    // Offsets are stored into the body; a passage in the heading keeps no offsets.
    const shift = title ? title.length + 1 : 0;
    const findings = review.findings.map((f) =>
      f.start === null || f.end === null
        ? f
        : f.start < shift
          ? { ...f, start: null, end: null }
          : { ...f, start: f.start - shift, end: f.end - shift },
    );
    let text: ConsentText;
    try {
      text = await this.texts.insert(ctx, {
        clientId: input.clientId,
        version: await this.texts.nextVersion(ctx, input.clientId),
        language: input.language,
        purposes,
        title,
        body,
        sha256: consentTextHash(title, body),
        publishedBy: ctx.principal.userId,
        findings,
        readabilityScore: review.readability.score,
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw conflict('Another version was published at the same time; try again');
      throw error;
    }
    ctx.audit({
      action: 'consent_text.published',
      entityType: 'consent_text',
      entityId: text.id,
      clientId: text.clientId,
      changes: {
        version: { after: text.version },
        language: { after: text.language },
        purposes: { after: text.purposes },
        sha256: { after: text.sha256 },
        findings: {
          after: findings.map((f) => `${f.severity} ${f.checkId}${f.purpose ? ` ${f.purpose}` : ''}`),
        },
        readabilityScore: { after: review.readability.score },
      },
    });
    // CONSENT-TEXT reads the newest text of each purpose: this one now.
    await this.rules.reevaluate(ctx, [text.clientId]);
    return toTextModel(text);
  }

  async list(ctx: RequestContext, clientId: string): Promise<ConsentTextVersionModel[]> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    return (await this.texts.ofClient(ctx, clientId)).map(toTextModel);
  }

  /** The client's text version that a request or record refers to; it must cover every purpose asked for. */
  async covering(
    ctx: RequestContext,
    clientId: string,
    id: string,
    purposes: readonly ConsentPurpose[],
  ): Promise<ConsentText> {
    if (!isUuid(id)) throw notFound();
    const text = await this.texts.find(ctx, id, clientId);
    if (!text) throw notFound();
    const missing = purposes.filter((p) => !text.purposes.includes(p));
    if (missing.length)
      throw badInput({
        purposes: `Not covered by consent text version ${text.version}: ${missing.join(', ')}`,
      });
    return text;
  }
}
