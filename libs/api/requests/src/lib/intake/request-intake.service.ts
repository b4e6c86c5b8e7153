import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import {
  AccessService,
  APP_CONFIG,
  APP_SECRETS,
  consumeOrRefuse,
  ipKey,
  notFound,
  publicBaseUrl,
  publicPrincipal,
  RateLimitRepository,
  secureRandomBytes,
  type AppConfig,
  type AppSecrets,
  type RequestContext,
} from '@klarsicht/api-core';
import { DataSubjectRequestService } from '../data-subject-request.service';
import { REQUEST_TYPES } from '../requests.enums';
import type {
  PublicRequestIntakeModel,
  RequestIntakeSettingsModel,
  SubmitDataSubjectRequestInput,
  SubmittedRequestModel,
} from './request-intake.models';
import { RequestIntakeRepository, type IntakeFormRow } from './request-intake.repository';

// 32 random bytes, base64url: the unguessable part of a form's URL.
const newToken = (): string => secureRandomBytes(32).toString('base64url');
const isToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * A client's public intake form for data subject requests (docs/legal-clocks.md § Online intake form): off by
 * default; enabled by whoever may log the client's requests; a new link replaces the old one. A submission is
 * logged like any request (deadline, task, audit) with channel WEB_FORM and the identity check pending; per IP and
 * per form it is rate-limited. An unknown, replaced or disabled token, and an archived client, are the same 404.
 */
@Injectable()
export class RequestIntakeService {
  private readonly perIp: RateLimiterPostgres;
  private readonly perForm: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
    private readonly access: AccessService,
    private readonly forms: RequestIntakeRepository,
    private readonly requests: DataSubjectRequestService,
    counters: RateLimitRepository,
  ) {
    const ip = config.REQUEST_INTAKE_MAX_PER_IP;
    const form = config.REQUEST_INTAKE_MAX_PER_FORM;
    this.perIp = counters.counter(`request-intake-ip:${ip}/3600s`, ip, 3600);
    this.perForm = counters.counter(`request-intake-form:${form}/3600s`, form, 3600);
  }

  async settings(ctx: RequestContext, clientId: string): Promise<RequestIntakeSettingsModel> {
    await this.access.requireClients(ctx, 'requests', 'read', [clientId]);
    return this.toSettings(clientId, await this.forms.forClient(ctx, clientId));
  }

  async configure(
    ctx: RequestContext,
    clientId: string,
    enabled: boolean,
    newLink: boolean,
  ): Promise<RequestIntakeSettingsModel> {
    await this.access.requireClients(ctx, 'requests', 'write', [clientId]);
    const form = await this.forms.forClient(ctx, clientId, true);
    // The form as this call leaves it (none: never enabled).
    let after: Pick<IntakeFormRow, 'id' | 'enabled' | 'token'> | null = form;
    if (form) {
      after = { id: form.id, enabled, token: newLink ? newToken() : form.token };
      await this.forms.update(ctx, form.id, after);
    } else if (enabled) {
      const token = newToken();
      after = { id: await this.forms.insert(ctx, clientId, token), enabled, token };
    }
    if (after && (form?.enabled !== after.enabled || form.token !== after.token))
      ctx.audit({
        action: 'data_subject_request_intake.configured',
        entityType: 'request_intake_form',
        entityId: after.id,
        clientId,
        changes: {
          enabled: { before: form?.enabled ?? false, after: after.enabled },
          // Never the token itself: the audit chain is read by more people than may publish the link.
          newLink: { after: Boolean(form && form.token !== after.token) },
        },
      });
    return this.toSettings(clientId, after);
  }

  async describe(ctx: RequestContext, token: string): Promise<PublicRequestIntakeModel> {
    const form = await this.open(ctx, token);
    return { clientName: form.client_name, types: [...REQUEST_TYPES] };
  }

  async submit(
    ctx: RequestContext,
    token: string,
    input: SubmitDataSubjectRequestInput,
  ): Promise<SubmittedRequestModel> {
    await consumeOrRefuse(this.perIp, ipKey(this.secrets.blindIndexKey, ctx.meta.ip));
    const form = await this.open(ctx, token);
    await consumeOrRefuse(this.perForm, form.id);
    const request = await this.requests.record(ctx, {
      clientId: form.client_id,
      type: input.type,
      channel: 'WEB_FORM',
      receivedAt: new Date(),
      phoneNumber: input.phoneNumber?.trim() || null,
      identityStatus: 'PENDING',
      description: input.message?.trim() ?? '',
      contact: `${input.name.trim()} <${input.email.trim()}>`,
    });
    return { reference: request.id, receivedAt: request.receivedAt, dueOn: request.dueOn };
  }

  /** The enabled form of the token, with the request acting in its firm as the form. */
  private async open(ctx: RequestContext, token: string): Promise<IntakeFormRow> {
    const tenantId = isToken(token) ? await this.forms.tenantOf(token) : null;
    if (!tenantId) throw notFound();
    await ctx.become(publicPrincipal(tenantId, { type: 'PUBLIC', id: null, label: 'request-intake-form' }));
    const form = await this.forms.byToken(ctx, token);
    if (!form?.enabled) throw notFound();
    return form;
  }

  private toSettings(
    clientId: string,
    form: Pick<IntakeFormRow, 'enabled' | 'token'> | null,
  ): RequestIntakeSettingsModel {
    return {
      clientId,
      enabled: form?.enabled ?? false,
      url: form ? `${publicBaseUrl(this.config)}/anfrage/${form.token}` : null,
    };
  }
}
