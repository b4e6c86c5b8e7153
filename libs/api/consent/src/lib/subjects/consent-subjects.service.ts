import { Injectable } from '@nestjs/common';
import { badInput, type RequestContext } from '@klarsicht/api-core';
import { ConsentVault } from '../consent-vault';
import { maskPhone, normalizePhone } from '../phone.util';
import { ConsentSubjectRepository, type SubjectRow } from './consent-subject.repository';

/** Finds a client's subject by phone number (through the blind index), creating it sealed where asked to. */
@Injectable()
export class ConsentSubjectsService {
  constructor(
    private readonly vault: ConsentVault,
    private readonly subjects: ConsentSubjectRepository,
  ) {}

  /** The number in E.164, or BAD_USER_INPUT. */
  phone(input: string): string {
    const e164 = normalizePhone(input);
    if (!e164) throw badInput({ phoneNumber: 'Not a valid phone number' });
    return e164;
  }

  find(ctx: RequestContext, clientId: string, e164: string, lock = false): Promise<SubjectRow | null> {
    return this.subjects.findByIndex(ctx, clientId, this.vault.phoneIndex(clientId, e164), lock);
  }

  async findOrCreate(ctx: RequestContext, clientId: string, e164: string): Promise<SubjectRow> {
    const found = await this.find(ctx, clientId, e164);
    if (found) return found;
    const phoneIndex = this.vault.phoneIndex(clientId, e164);
    await this.subjects.insertIfAbsent(ctx, clientId, {
      phoneIndex,
      sealedPhone: this.vault.sealPhone(e164),
      masked: maskPhone(e164),
      sealedKey: this.vault.newDataKey().sealed,
    });
    const created = await this.subjects.findByIndex(ctx, clientId, phoneIndex);
    if (!created) throw new Error('consent subject vanished');
    return created;
  }
}
