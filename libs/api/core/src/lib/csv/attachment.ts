import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/** `base-YYYY-MM-DD.extension`, the date of the download (UTC). */
export const datedFilename = (base: string, extension: string, now = new Date()): string =>
  `${base}-${now.toISOString().slice(0, 10)}.${extension}`;

/** Sends a streamed export as a download; the browser never renders it. */
export const sendAttachment = (
  reply: FastifyReply,
  filename: string,
  contentType: string,
  body: Readable,
): void =>
  void reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('x-content-type-options', 'nosniff')
    // Exports hold personal data: no shared or browser cache keeps a copy.
    .header('cache-control', 'private, no-store')
    .send(body);

/** RFC 4180 § 3 media type; every dialect writes a header row. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
