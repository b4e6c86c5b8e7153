import { createHash } from 'node:crypto';
import type { RequestContext } from '@klarsicht/api-core';

/** A report as sent: its bytes and their SHA-256 (hex), which the `report.generated` audit event records. */
export type GeneratedReport = { filename: string; contentType: string; bytes: Buffer; sha256: string };

export const PDF_CONTENT_TYPE = 'application/pdf';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ReportSubject = {
  /** client-report, portfolio-report, consent-proof, request-export, audit-certificate, portfolio-xlsx, tasks-xlsx,
   * processing-register */
  kind: string;
  entityType: string;
  entityId?: string | null;
  clientId?: string | null;
  /** What the report is about, in words an auditor can match (a client's name, a period, a masked number). */
  subject: string;
  language?: string;
};

/**
 * Records that a report was handed out: kind, subject and the SHA-256 of exactly the bytes sent, so a report shown
 * later can be checked against the chain (docs/reports.md § Checking a report).
 */
export const auditReport = (ctx: RequestContext, report: ReportSubject, sha256: string, size: number): void =>
  ctx.audit({
    action: 'report.generated',
    entityType: report.entityType,
    entityId: report.entityId ?? null,
    clientId: report.clientId ?? null,
    changes: {
      kind: report.kind,
      subject: report.subject,
      sha256,
      bytes: size,
      ...(report.language ? { language: report.language } : {}),
    },
  });

/** Hashes a buffered report and audits it. */
export const generated = (
  ctx: RequestContext,
  report: ReportSubject,
  file: { filename: string; contentType: string; bytes: Buffer },
): GeneratedReport => {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  auditReport(ctx, report, sha256, file.bytes.length);
  return { ...file, sha256 };
};

/**
 * Passes a streamed report through, hashing it; when the last chunk has gone, audits it (in the stream's own unit of
 * work, which commits right after — a download broken off midway is not recorded as handed out).
 */
export async function* hashedStream(
  ctx: RequestContext,
  report: ReportSubject,
  chunks: AsyncIterable<Buffer>,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.length;
    yield chunk;
  }
  auditReport(ctx, report, hash.digest('hex'), size);
}
