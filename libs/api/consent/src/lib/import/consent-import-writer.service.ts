import { Injectable } from '@nestjs/common';
import { newId, type RequestContext } from '@klarsicht/api-core';
import { ConsentVault } from '../consent-vault';
import { maskPhone } from '../phone.util';
import { ConsentImportRepository, type ImportRow, type PreparedSubject } from './consent-import.repository';

/** Writes validated import rows: subjects sealed under their own data keys, records upserted, events appended. */
@Injectable()
export class ConsentImportWriter {
  constructor(
    private readonly vault: ConsentVault,
    private readonly imports: ConsentImportRepository,
  ) {}

  /** A new subject for a number of the batch, sealed under a fresh data key (used if the number is new). */
  prepareSubject(e164: string): PreparedSubject {
    const dataKey = this.vault.newDataKey();
    return {
      id: newId(),
      sealedPhone: this.vault.sealPhone(e164),
      masked: maskPhone(e164),
      key: dataKey.key,
      sealedKey: dataKey.sealed,
    };
  }

  /** Three set-based statements per batch: subjects, records (upsert), events. */
  async writeBatch(ctx: RequestContext, clientId: string, rows: ImportRow[]): Promise<number> {
    // Subjects: insert every number of the batch, sealed under a fresh data key; numbers already known conflict
    // and are looked up afterwards (usually none in a first import).
    const candidates = [...new Map(rows.map((r) => [r.index, r.subject]))];
    const keys = new Map<string, { id: string; key: Buffer }>();
    const fresh = new Set(
      (await this.imports.insertSubjects(ctx, clientId, candidates)).map((s) => s.phone_index),
    );
    for (const [index, c] of candidates) if (fresh.has(index)) keys.set(index, { id: c.id, key: c.key });
    const known = candidates.filter(([index]) => !fresh.has(index)).map(([index]) => index);
    if (known.length) {
      for (const s of await this.imports.subjectsByIndex(ctx, clientId, known))
        keys.set(s.phone_index, { id: s.id, key: this.vault.openDataKey(s.data_key_encrypted) as Buffer });
    }
    const subjectOf = (r: ImportRow): { id: string; key: Buffer } =>
      keys.get(r.index) as { id: string; key: Buffer };
    const records = await this.imports.upsertRecords(
      ctx,
      clientId,
      rows.map((row) => ({ subjectId: subjectOf(row).id, row })),
    );
    const recordIds = new Map(records.map((r) => [`${r.subject_id}:${r.purpose}`, r.id]));
    await this.imports.insertEvents(
      ctx,
      clientId,
      rows.map((row) => {
        const subject = subjectOf(row);
        return {
          subjectId: subject.id,
          recordId: recordIds.get(`${subject.id}:${row.purpose}`) ?? null,
          row,
          // Evidence was sealed with the prepared key; a subject that already existed has its own key.
          evidence:
            subject.id === row.subject.id
              ? row.evidence
              : this.vault.sealEvidence(subject.key, {
                  ip: row.ip,
                  userAgent: row.userAgent,
                  formUrl: row.formUrl,
                }),
        };
      }),
    );
    return rows.length;
  }
}
