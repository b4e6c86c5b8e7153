import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  conflict,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import type { ConsentPurpose } from '../consent.enums';
import type { ConsentText } from '../consent.entities';
import { consentTextHash, toTextModel } from '../consent.util';
import type { PublishConsentTextInput } from '../dto/consent.inputs';
import type { ConsentTextVersionModel } from '../models/consent.models';
import { ConsentTextRepository } from './consent-text.repository';

/** Consent texts: immutable, versioned per client, hashed exactly as shown. */
@Injectable()
export class ConsentTextService {
  constructor(
    private readonly access: AccessService,
    private readonly texts: ConsentTextRepository,
  ) {}

  async publish(ctx: RequestContext, input: PublishConsentTextInput): Promise<ConsentTextVersionModel> {
    await this.access.requireClients(ctx, 'consents', 'write', [input.clientId]);
    const title = input.title?.trim() ?? '';
    const body = input.text.trim();
    let text: ConsentText;
    try {
      text = await this.texts.insert(ctx, {
        clientId: input.clientId,
        version: await this.texts.nextVersion(ctx, input.clientId),
        language: input.language,
        purposes: [...new Set(input.purposes)].sort(),
        title,
        body,
        sha256: consentTextHash(title, body),
        publishedBy: ctx.principal.userId,
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
      },
    });
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
