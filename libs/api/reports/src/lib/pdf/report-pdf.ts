import PDFDocument from 'pdfkit';
import { reportLabels, type ReportLanguage, type ReportLabels } from './report-labels';

// DejaVu Sans covers German (ä ö ü ß „ “ €) and is embedded as a subset, so the text is selectable and extractable.
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** A4 in PDF points, and the frame every report page shares (docs/reports.md § Layout). */
export const PAGE = { width: 595.28, height: 841.89, left: 48, right: 48, top: 78, bottom: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;

export const COLORS = { text: '#1f2933', muted: '#52606d', rule: '#cbd2d9', band: '#f0f4f8' } as const;
export const LEVEL_COLORS: Record<string, string> = { RED: '#c92a2a', AMBER: '#e67700', GREEN: '#2b8a3e' };

export type ReportHeader = {
  language: ReportLanguage;
  /** The DPO firm's name, on every page. */
  firmName: string;
  title: string;
  generatedAt: Date;
};

export type TableColumn = { header: string; width: number; align?: 'left' | 'right' };

/**
 * One report as a PDF: A4, the embedded font, the firm's name, the title and the generation time at the top of every
 * page, "Seite i von n" at the bottom. Two modes: buffered (the page frame is drawn when the document is complete,
 * for reports of a few pages) or streamed (the frame is drawn as each page begins, with the page count known up
 * front, so finished pages leave memory at once).
 */
export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly t: ReportLabels;
  private page = 0;
  // One formatter each for the whole document: an Intl.DateTimeFormat holds ICU memory outside the JS heap, and one
  // per cell of a 5,000-row table came to 150 MiB of resident memory until the collector got to them.
  private readonly date: Intl.DateTimeFormat;
  private readonly dateTime: Intl.DateTimeFormat;

  constructor(
    private readonly header: ReportHeader,
    private readonly streamedPages: number | null = null,
  ) {
    this.t = reportLabels(header.language);
    const locale = header.language === 'de' ? 'de-DE' : 'en-GB';
    this.date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
    this.dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    });
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      bufferPages: streamedPages === null,
      autoFirstPage: false,
      lang: header.language === 'de' ? 'de-DE' : 'en-GB',
      displayTitle: true,
      info: {
        Title: header.title,
        Author: header.firmName,
        Creator: 'Klarsicht',
        Producer: 'Klarsicht',
        CreationDate: header.generatedAt,
      },
    });
    this.doc.registerFont('Sans', FONT_REGULAR);
    this.doc.registerFont('Sans-Bold', FONT_BOLD);
    this.doc.on('pageAdded', () => {
      this.page += 1;
      if (this.streamedPages !== null) this.frame(this.page, Math.max(this.page, this.streamedPages));
      this.body();
    });
    this.doc.addPage();
  }

  get y(): number {
    return this.doc.y;
  }

  /** Starts a new page when fewer than `height` points are left. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > CONTENT_BOTTOM) this.doc.addPage();
  }

  heading(text: string): void {
    this.ensureSpace(48);
    this.doc.moveDown(0.6);
    this.doc.font('Sans-Bold').fontSize(13).fillColor(COLORS.text).text(text, PAGE.left, this.doc.y, {
      width: CONTENT_WIDTH,
    });
    this.doc.moveDown(0.3);
    this.body();
  }

  subheading(text: string): void {
    this.ensureSpace(36);
    this.doc.moveDown(0.3);
    this.doc.font('Sans-Bold').fontSize(10.5).fillColor(COLORS.text).text(text, PAGE.left, this.doc.y, {
      width: CONTENT_WIDTH,
    });
    this.body();
  }

  paragraph(text: string, options: { muted?: boolean; size?: number } = {}): void {
    this.doc
      .font('Sans')
      .fontSize(options.size ?? 9.5)
      .fillColor(options.muted ? COLORS.muted : COLORS.text)
      .text(text, PAGE.left, this.doc.y, { width: CONTENT_WIDTH });
    this.body();
  }

  /** Label–value pairs in two columns. */
  facts(pairs: readonly (readonly [string, string])[]): void {
    for (const [label, value] of pairs) {
      const height = Math.max(this.doc.heightOfString(value, { width: CONTENT_WIDTH - 170 }), 12);
      this.ensureSpace(height + 2);
      const y = this.doc.y;
      this.doc.font('Sans').fontSize(9.5).fillColor(COLORS.muted).text(label, PAGE.left, y, { width: 165 });
      this.doc.fillColor(COLORS.text).text(value, PAGE.left + 170, y, { width: CONTENT_WIDTH - 170 });
      this.doc.y = y + height + 2;
    }
  }

  /** A table whose cells wrap; the header row is repeated on every page the table continues on. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], size = 8.5): void {
    const drawHeader = (): void => {
      this.ensureSpace(40);
      this.row(
        columns,
        columns.map((c) => c.header),
        size,
        true,
      );
    };
    drawHeader();
    for (const cells of rows) {
      const height = this.rowHeight(columns, cells, size);
      if (this.doc.y + height > CONTENT_BOTTOM) {
        this.doc.addPage();
        drawHeader();
      }
      this.row(columns, cells, size, false, height);
    }
    this.doc.moveDown(0.4);
  }

  /**
   * One table row of one line per cell (streamed tables: fixed height, long values cut with "…"). Each cell is one
   * measured, unwrapped line — pdfkit's line wrapper is never involved, which keeps a table of thousands of rows fast
   * and its garbage small.
   */
  fixedRow(columns: readonly TableColumn[], cells: readonly string[], size: number, bold = false): void {
    const y = this.doc.y;
    const height = size + 6;
    if (bold) this.doc.rect(PAGE.left, y, CONTENT_WIDTH, height).fill(COLORS.band);
    this.doc
      .font(bold ? 'Sans-Bold' : 'Sans')
      .fontSize(size)
      .fillColor(COLORS.text);
    let x = PAGE.left;
    columns.forEach((c, i) => {
      const text = this.fit(cells[i] ?? '', c.width - 6);
      const left = c.align === 'right' ? x + c.width - 3 - this.doc.widthOfString(text) : x + 3;
      this.doc.text(text, left, y + 3, { lineBreak: false });
      x += c.width;
    });
    this.rule(y + height);
    this.doc.x = PAGE.left;
    this.doc.y = y + height;
  }

  /** The text, or as much of it as fits into `width` followed by "…". */
  private fit(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.doc.widthOfString(`${text.slice(0, middle)}…`) <= width) low = middle;
      else high = middle - 1;
    }
    return `${text.slice(0, low).trimEnd()}…`;
  }

  private rule(y: number): void {
    this.doc
      .moveTo(PAGE.left, y)
      .lineTo(PAGE.left + CONTENT_WIDTH, y)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
  }

  /** Draws the page frame on every page (buffered mode) and finishes the document. */
  end(): void {
    if (this.streamedPages === null) {
      const range = this.doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        this.doc.switchToPage(i);
        this.frame(i + 1, range.count);
      }
    }
    this.doc.end();
  }

  /** The whole document (buffered mode). */
  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.end();
    await done;
    return Buffer.concat(chunks);
  }

  /**
   * The document's bytes as they are produced (streamed mode): `draw` adds content and yields after each batch, at
   * which point the pages finished so far are handed on and leave memory.
   */
  async *chunks(draw: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
    const queue: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => queue.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    for await (const _batch of draw) {
      await new Promise((resolve) => setImmediate(resolve));
      yield* queue.splice(0);
    }
    this.end();
    await ended;
    yield* queue.splice(0);
  }

  formatDate(value: Date | null | undefined, withTime = true): string {
    if (!value) return '–';
    return (withTime ? this.dateTime : this.date).format(value);
  }

  private rowHeight(columns: readonly TableColumn[], cells: readonly string[], size: number): number {
    this.doc.font('Sans').fontSize(size);
    let height = 0;
    columns.forEach((c, i) => {
      height = Math.max(height, this.doc.heightOfString(cells[i] ?? '', { width: c.width - 6 }));
    });
    return height + 6;
  }

  private row(
    columns: readonly TableColumn[],
    cells: readonly string[],
    size: number,
    bold: boolean,
    height = this.rowHeight(columns, cells, size),
  ): void {
    const y = this.doc.y;
    if (bold) this.doc.rect(PAGE.left, y, CONTENT_WIDTH, height).fill(COLORS.band);
    let x = PAGE.left;
    this.doc
      .font(bold ? 'Sans-Bold' : 'Sans')
      .fontSize(size)
      .fillColor(COLORS.text);
    columns.forEach((c, i) => {
      this.doc.text(cells[i] ?? '', x + 3, y + 3, { width: c.width - 6, align: c.align ?? 'left' });
      x += c.width;
    });
    this.rule(y + height);
    this.doc.x = PAGE.left;
    this.doc.y = y + height;
  }

  /** Firm, title and generation time at the top; page i of n at the bottom (drawn inside the margins). */
  private frame(page: number, pages: number): void {
    const { doc } = this;
    const { x, y } = doc;
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Sans-Bold').fontSize(9).fillColor(COLORS.text);
    doc.text(this.header.firmName, PAGE.left, 30, {
      width: CONTENT_WIDTH / 2,
      lineBreak: false,
      ellipsis: true,
    });
    doc.font('Sans').fontSize(8).fillColor(COLORS.muted);
    doc.text(
      `${this.t.generatedAt} ${this.formatDate(this.header.generatedAt)}`,
      PAGE.left + CONTENT_WIDTH / 2,
      31,
      { width: CONTENT_WIDTH / 2, align: 'right', lineBreak: false },
    );
    doc.font('Sans').fontSize(8).fillColor(COLORS.muted);
    doc.text(this.header.title, PAGE.left, 44, { width: CONTENT_WIDTH, lineBreak: false, ellipsis: true });
    doc
      .moveTo(PAGE.left, 58)
      .lineTo(PAGE.left + CONTENT_WIDTH, 58)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.text(this.t.pageOf(page, pages), PAGE.left, PAGE.height - 36, {
      width: CONTENT_WIDTH,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
    doc.x = x;
    doc.y = y;
  }

  private body(): void {
    this.doc.font('Sans').fontSize(9.5).fillColor(COLORS.text);
    this.doc.x = PAGE.left;
  }
}
