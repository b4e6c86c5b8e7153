import { execFile } from 'node:child_process';
import { join } from 'node:path';

export type PdfContent = { pages: number; text: string[]; info: Record<string, unknown> };

/** Parses a PDF with PDF.js (test/support/pdf-text.mjs): its page count, each page's text, its metadata. */
export const readPdf = (bytes: Buffer): Promise<PdfContent> =>
  new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-text.mjs')],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`PDF does not parse: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as PdfContent);
      },
    );
    child.stdin?.end(bytes);
  });

/** The whole text on one line per page, whitespace collapsed (PDF.js splits runs at arbitrary points). */
export const flatText = (pdf: PdfContent): string => pdf.text.map((t) => t.replace(/\s+/g, ' ')).join('\n');
