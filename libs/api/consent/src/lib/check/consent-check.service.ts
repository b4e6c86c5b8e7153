import { Injectable } from '@nestjs/common';
import { AccessService, badInput, type RequestContext } from '@klarsicht/api-core';
import type { ConsentPurpose } from '../consent.enums';
import { ConsentVault } from '../consent-vault';
import type { ConsentCheckModel } from '../models/consent-check.model';
import { normalizePhone } from '../phone.util';
import { ConsentCheckRepository } from './consent-check.repository';

export const MAX_CHECKED_NUMBERS = 1000;
// Never a valid blind index (hex): numbers that do not parse match nothing and keep their place in the batch.
const NO_INDEX = '-';

/** Before each message: may the client send it? Withdrawn, expired, pending or unknown numbers may not. */
@Injectable()
export class ConsentCheckService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly checks: ConsentCheckRepository,
  ) {}

  async status(
    ctx: RequestContext,
    clientId: string,
    phoneNumber: string,
    purpose: ConsentPurpose,
  ): Promise<ConsentCheckModel> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    if (!normalizePhone(phoneNumber)) throw badInput({ phoneNumber: 'Not a valid phone number' });
    const [check] = await this.lookup(ctx, clientId, [phoneNumber], purpose);
    return check;
  }

  /** Up to 1,000 numbers in one statement, answered in the order asked; a number that does not parse is not allowed. */
  async statuses(
    ctx: RequestContext,
    clientId: string,
    phoneNumbers: readonly string[],
    purpose: ConsentPurpose,
  ): Promise<ConsentCheckModel[]> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    if (phoneNumbers.length > MAX_CHECKED_NUMBERS)
      throw badInput({ phoneNumbers: `At most ${MAX_CHECKED_NUMBERS} numbers per call` });
    if (phoneNumbers.length === 0) return [];
    return this.lookup(ctx, clientId, phoneNumbers, purpose);
  }

  private async lookup(
    ctx: RequestContext,
    clientId: string,
    phoneNumbers: readonly string[],
    purpose: ConsentPurpose,
  ): Promise<ConsentCheckModel[]> {
    const indexes = phoneNumbers.map((input) => {
      const e164 = normalizePhone(input);
      return e164 ? this.vault.phoneIndex(clientId, e164) : NO_INDEX;
    });
    const rows = await this.checks.statuses(ctx, clientId, indexes, purpose);
    return rows.map((row, i) => ({
      phoneNumber: phoneNumbers[i] ?? '',
      allowed: row.status === 'CONFIRMED',
      status: row.status,
      since: row.since,
      consentTextVersionId: row.text_version_id,
    }));
  }
}
