import { Injectable } from '@nestjs/common';
import { parse, CsvError } from 'csv-parse';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  AccessService,
  isUuid,
  newId,
  notFound,
  RequestContextFactory,
  runUnitOfWork,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { ConsentImport } from '../consent.entities';
import { ConsentVault } from '../consent-vault';
import type { ConsentImportModel } from '../models/consent.models';
import { ConsentTextRepository } from '../texts/consent-text.repository';
import {
  ConsentImportRepository,
  type ImportError,
  type ImportRow,
  type PreparedSubject,
} from './consent-import.repository';
import { ConsentImportWriter } from './consent-import-writer.service';
import { HeaderError, importColumns, parseImportRecord } from './consent-import.util';

const BATCH_ROWS = 5000;
const PROGRESS_EVERY = 10_000;
const MAX_STORED_ERRORS = 1000;

type Row = ImportRow;

export const toImportModel = (i: ConsentImport): ConsentImportModel => ({
  id: i.id,
  clientId: i.clientId,
  state: i.state,
  dryRun: i.dryRun,
  processedRows: i.processedRows,
  importedRows: i.importedRows,
  errorCount: i.errorCount,
  errors: i.errors,
  fileSha256: i.fileSha256,
  createdAt: i.createdAt,
  finishedAt: i.finishedAt,
});

/**
 * CSV import of existing consents: streamed and validated row by row, written in set-based batches inside one
 * transaction that commits only if every row is valid (a dry run never commits). Progress is committed on its
 * own, so `consentImport(id)` can be polled while the file is still being read.
 */
@Injectable()
export class ConsentImportService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly contexts: RequestContextFactory,
    private readonly imports: ConsentImportRepository,
    private readonly texts: ConsentTextRepository,
    private readonly rules: ComplianceService,
    private readonly writer: ConsentImportWriter,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<ConsentImportModel> {
    if (!isUuid(id)) throw notFound();
    const record = await this.access.requireRecord(ctx, 'consents', 'read', ConsentImport, id);
    return toImportModel(record);
  }

  /** A client's latest imports, newest first (a running one shows its progress). */
  async recent(ctx: RequestContext, clientId: string): Promise<ConsentImportModel[]> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    return (await this.imports.recent(ctx, clientId, 10)).map(toImportModel);
  }

  async run(
    ctx: RequestContext,
    clientId: string,
    file: Readable,
    dryRun: boolean,
  ): Promise<ConsentImportModel> {
    await this.access.requireClients(ctx, 'consents', 'write', [clientId]);
    const { principal, meta } = { principal: ctx.principal, meta: ctx.meta };
    const texts = new Map((await this.texts.summaries(ctx, clientId)).map((t) => [t.id, t]));
    const importId = newId();
    // The import's row and its progress are committed on their own, so they can be polled while the file is read.
    await this.contexts.runSeparately(principal, meta, (c) =>
      this.imports.start(c, importId, clientId, dryRun),
    );
    const progress = (processed: number, errors: number): Promise<unknown> =>
      this.contexts.runSeparately(principal, meta, (c) =>
        this.imports.progress(c, importId, processed, errors),
      );

    const hash = createHash('sha256');
    let bytes = 0;
    file.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    const errors: ImportError[] = [];
    let errorCount = 0;
    const fail = (line: number, field: string | null, message: string): void => {
      errorCount += 1;
      if (errors.length < MAX_STORED_ERRORS) errors.push({ line, field, message });
    };
    // The rows are written in a unit of work of their own, committed only when the whole file was valid.
    const work = this.contexts.create(principal, meta);
    let processed = 0;
    let imported = 0;
    let batch: Row[] = [];
    let seen = new Map<string, number>();
    let batchSubjects = new Map<string, PreparedSubject>();
    // One batch is written while the next one is parsed and validated (the connection runs one statement at a time).
    let writing: Promise<void> = Promise.resolve();
    const flush = async (): Promise<void> => {
      const rows = batch;
      batch = [];
      seen = new Map();
      batchSubjects = new Map();
      await writing;
      if (rows.length && errorCount === 0 && !dryRun)
        writing = this.writer.writeBatch(work, clientId, rows).then((n) => void (imported += n));
    };

    const parser = file.pipe(
      parse({
        bom: true,
        trim: true,
        skip_empty_lines: true,
        relax_column_count: true,
        info: true,
        columns: importColumns,
      }),
    );
    // Everything the file writes is one unit of work, committed only for a valid file that is not a dry run.
    type Parsed = { commit: boolean; sha256: string };
    const parsed = await runUnitOfWork(
      work,
      async (w): Promise<Parsed> => {
        try {
          for await (const { record, info } of parser as AsyncIterable<{
            record: Record<string, string | undefined>;
            info: { lines: number; invalid_field_length: number };
          }>) {
            processed += 1;
            const fields = parseImportRecord(record, info.lines, texts, Date.now(), fail);
            if (fields) {
              const row: Row = {
                ...fields,
                index: this.vault.phoneIndex(clientId, fields.e164),
                subject: NO_SUBJECT,
                evidence: null,
              };
              const key = `${row.index}:${row.purpose}`;
              const earlier = seen.get(key);
              if (earlier !== undefined)
                fail(row.line, 'phone_number', `Same number and purpose as line ${earlier}`);
              else {
                seen.set(key, row.line);
                const prepared = batchSubjects.get(row.index) ?? this.writer.prepareSubject(row.e164);
                batchSubjects.set(row.index, prepared);
                row.subject = prepared;
                row.evidence = this.vault.sealEvidence(prepared.key, {
                  ip: row.ip,
                  userAgent: row.userAgent,
                  formUrl: row.formUrl,
                });
                batch.push(row);
              }
            }
            if (batch.length >= BATCH_ROWS) await flush();
            if (processed % PROGRESS_EVERY === 0) await progress(processed, errorCount);
          }
          await flush();
          await writing;
          // Cut off at the upload limit: the rows read so far are not the whole file, so nothing may be committed.
          if ((file as Readable & { truncated?: boolean }).truncated)
            fail(processed + 1, null, 'The file is larger than the upload limit; nothing was saved');
          if (processed === 0 && errorCount === 0) fail(1, null, 'The file has no data rows');
        } catch (error) {
          if (error instanceof HeaderError) fail(1, null, error.message);
          else if (error instanceof CsvError)
            fail(
              Number((error as CsvError & { lines?: number }).lines ?? processed + 1),
              null,
              `Malformed CSV: ${error.message}`,
            );
          else throw error;
        }
        const sha256 = hash.digest('hex');
        const commit = errorCount === 0 && !dryRun;
        if (commit) {
          await this.imports.commit(w, importId, { processed, imported, sha256, bytes });
          w.audit({
            action: 'consent.imported',
            entityType: 'consent_import',
            entityId: importId,
            clientId,
            changes: { rows: imported, fileSha256: sha256, bytes },
          });
          await this.rules.reevaluate(w, [clientId]);
        }
        return { commit, sha256 };
      },
      (result) => result.commit,
    ).catch(async (error: unknown) => {
      await this.finishImport(ctx, importId, {
        state: 'FAILED',
        processed,
        imported: 0,
        errorCount: errorCount + 1,
        errors: [...errors, { line: 0, field: null, message: 'Import failed; nothing was saved' }],
        sha256: null,
        bytes,
      });
      throw error;
    });
    if (!parsed.commit)
      return this.finishImport(ctx, importId, {
        state: errorCount > 0 ? 'FAILED' : 'VALIDATED',
        processed,
        imported: 0,
        errorCount,
        errors,
        sha256: parsed.sha256,
        bytes,
      });
    return this.get(ctx, importId);
  }

  private async finishImport(
    ctx: RequestContext,
    importId: string,
    result: {
      state: 'FAILED' | 'VALIDATED';
      processed: number;
      imported: number;
      errorCount: number;
      errors: ImportError[];
      sha256: string | null;
      bytes: number;
    },
  ): Promise<ConsentImportModel> {
    await this.contexts.runSeparately(ctx.principal, ctx.meta, (c) =>
      this.imports.finish(c, importId, result),
    );
    return this.contexts.runSeparately(ctx.principal, ctx.meta, (c) => this.get(c, importId));
  }
}

const NO_SUBJECT: PreparedSubject = {
  id: '',
  sealedPhone: Buffer.alloc(0),
  masked: '',
  key: Buffer.alloc(0),
  sealedKey: Buffer.alloc(0),
};
