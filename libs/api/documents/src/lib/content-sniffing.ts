import { fileTypeFromBuffer } from 'file-type';

/** What may be uploaded, by sniffed type (never by the name or the declared type). */
export const ALLOWED_CONTENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'text/plain': 'txt',
  'text/csv': 'csv',
};

export const SNIFF_BYTES = 64 * 1024;

const LOOKS_ACTIVE =
  /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|meta|link|form)\b|javascript:/i;

/**
 * The content type of an upload from its first bytes: a binary format by its magic bytes (`file-type`), or plain
 * text/CSV when the name says so and the bytes are UTF-8 without NUL and nothing that a browser would run.
 * `null` = not allowed.
 */
export const sniffContentType = async (head: Buffer, filename: string): Promise<string | null> => {
  const detected = await fileTypeFromBuffer(head);
  if (detected) return detected.mime in ALLOWED_CONTENT_TYPES ? detected.mime : null;
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (extension !== 'txt' && extension !== 'csv') return null;
  if (head.includes(0)) return null;
  let text: string;
  try {
    // A multi-byte character may be cut at the end of the sniffed head.
    text = new TextDecoder('utf-8', { fatal: true }).decode(
      head.length >= SNIFF_BYTES ? head.subarray(0, head.length - 4) : head,
    );
  } catch {
    return null;
  }
  if (LOOKS_ACTIVE.test(text)) return null;
  return extension === 'csv' ? 'text/csv' : 'text/plain';
};

/** A filename that is safe as metadata and in a Content-Disposition header: no path, no control characters. */
export const cleanFilename = (name: string | undefined | null): string => {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join('')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'document';
};
