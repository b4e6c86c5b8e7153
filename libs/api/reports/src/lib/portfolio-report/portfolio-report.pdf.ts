import {
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  COLORS,
  LEVEL_COLORS,
  PAGE,
  ReportPdf,
  type ReportHeader,
  type TableColumn,
} from '../pdf/report-pdf';

/** One table row per active client; the row height is fixed so the page count is known before the first page. */
export type PortfolioRow = {
  name: string;
  city: string | null;
  level: string;
  score: number;
  openTasks: number;
  overdueTasks: number;
  nextReviewAt: Date | null;
};
export type PortfolioHead = {
  clientCount: number;
  byLevel: readonly { level: string; count: number }[];
  openTasks: number;
  reviewsDue: number;
  /** Oldest first: one day per entry. */
  history: readonly {
    day: string;
    clientCount: number;
    byLevel: readonly { level: string; count: number }[];
  }[];
};

const FONT_SIZE = 8;
const ROW = FONT_SIZE + 6;
// Title, the counts by level and the 90-day chart: a fixed block above the table on page 1.
const SUMMARY_HEIGHT = 290;
const REVIEW_WINDOW_MS = 30 * 24 * 3600 * 1000;

const FIRST_PAGE_ROWS = Math.floor((CONTENT_BOTTOM - PAGE.top - SUMMARY_HEIGHT - ROW) / ROW);
const PAGE_ROWS = Math.floor((CONTENT_BOTTOM - PAGE.top - ROW) / ROW);

export const portfolioPageCount = (clients: number): number =>
  clients <= FIRST_PAGE_ROWS ? 1 : 1 + Math.ceil((clients - FIRST_PAGE_ROWS) / PAGE_ROWS);

/**
 * The portfolio report (docs/reports.md § Portfolio report), streamed: the summary block, then one fixed-height row
 * per client in the order the rows arrive; each batch of rows is flushed before the next is read.
 */
export async function* renderPortfolioReport(
  header: ReportHeader,
  head: PortfolioHead,
  batches: AsyncIterable<readonly PortfolioRow[]>,
): AsyncGenerator<Buffer> {
  const pdf = new ReportPdf(header, portfolioPageCount(head.clientCount));
  const { t, doc } = pdf;
  const p = t.portfolio;
  const columns: TableColumn[] = [
    { header: p.client, width: 185 },
    { header: p.city, width: 85 },
    { header: p.level, width: 50 },
    { header: p.score, width: 40, align: 'right' },
    { header: p.overdueTasks, width: 62, align: 'right' },
    { header: p.nextReview, width: CONTENT_WIDTH - 422 },
  ];
  summary(pdf, head);
  doc.y = PAGE.top + SUMMARY_HEIGHT;
  pdf.fixedRow(
    columns,
    columns.map((c) => c.header),
    FONT_SIZE,
    true,
  );
  const now = Date.now();
  async function* draw(): AsyncGenerator<void> {
    for await (const rows of batches) {
      for (const row of rows) {
        if (doc.y + ROW > CONTENT_BOTTOM) {
          doc.addPage();
          pdf.fixedRow(
            columns,
            columns.map((c) => c.header),
            FONT_SIZE,
            true,
          );
        }
        const due = row.nextReviewAt !== null && row.nextReviewAt.getTime() < now + REVIEW_WINDOW_MS;
        pdf.fixedRow(
          columns,
          [
            row.name,
            row.city ?? '',
            t.levels[row.level] ?? row.level,
            String(row.score),
            String(row.overdueTasks),
            `${pdf.formatDate(row.nextReviewAt, false)}${due ? ' !' : ''}`,
          ],
          FONT_SIZE,
        );
      }
      yield;
    }
  }
  yield* pdf.chunks(draw());
}

function summary(pdf: ReportPdf, head: PortfolioHead): void {
  const { doc, t } = pdf;
  const p = t.portfolio;
  const top = PAGE.top;
  doc
    .font('Sans-Bold')
    .fontSize(18)
    .fillColor(COLORS.text)
    .text(p.title, PAGE.left, top, { width: CONTENT_WIDTH });
  doc
    .font('Sans')
    .fontSize(9.5)
    .text(
      `${p.clients}: ${head.clientCount} · ${t.clientReport.tasks}: ${head.openTasks} · ${p.reviewsDue}: ${head.reviewsDue}`,
      PAGE.left,
      top + 30,
      { width: CONTENT_WIDTH },
    );
  doc
    .font('Sans-Bold')
    .fontSize(10.5)
    .text(p.byLevel, PAGE.left, top + 52, { width: CONTENT_WIDTH });
  const boxWidth = (CONTENT_WIDTH - 20) / 3;
  head.byLevel.forEach((entry, i) => {
    const x = PAGE.left + i * (boxWidth + 10);
    doc.rect(x, top + 70, boxWidth, 44).fill(LEVEL_COLORS[entry.level] ?? COLORS.muted);
    doc
      .font('Sans-Bold')
      .fontSize(16)
      .fillColor('#ffffff')
      .text(`${entry.count}`, x + 10, top + 76, { width: boxWidth - 20, lineBreak: false });
    doc
      .font('Sans')
      .fontSize(9)
      .text(t.levels[entry.level] ?? entry.level, x + 10, top + 97, {
        width: boxWidth - 20,
        lineBreak: false,
      });
  });
  doc
    .fillColor(COLORS.text)
    .font('Sans-Bold')
    .fontSize(10.5)
    .text(p.trend, PAGE.left, top + 128);
  chart(pdf, head.history, top + 146, 110);
  doc.font('Sans').fontSize(8).fillColor(COLORS.muted);
  const first = head.history[0];
  const last = head.history.at(-1);
  const red = (s: PortfolioHead['history'][number]): number =>
    s.byLevel.find((l) => l.level === 'RED')?.count ?? 0;
  doc.text(
    first && last
      ? p.trendLine(day(pdf, first.day), day(pdf, last.day), `${red(first)} → ${red(last)}`)
      : p.noTrend,
    PAGE.left,
    top + 262,
    { width: CONTENT_WIDTH, lineBreak: false },
  );
  doc.fillColor(COLORS.text);
}

/** A snapshot's calendar day (YYYY-MM-DD) as the report's language writes dates. */
const day = (pdf: ReportPdf, isoDay: string): string =>
  pdf.formatDate(new Date(`${isoDay}T12:00:00Z`), false);

/** One stacked bar per day (red, amber, green from the bottom), scaled to the largest portfolio of the period. */
function chart(pdf: ReportPdf, history: PortfolioHead['history'], y: number, height: number): void {
  const { doc } = pdf;
  doc.rect(PAGE.left, y, CONTENT_WIDTH, height).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  const max = Math.max(1, ...history.map((s) => s.clientCount));
  const slot = CONTENT_WIDTH / 90;
  history.slice(-90).forEach((snapshot, i) => {
    let bottom = y + height;
    for (const level of ['RED', 'AMBER', 'GREEN']) {
      const count = snapshot.byLevel.find((l) => l.level === level)?.count ?? 0;
      const h = (count / max) * (height - 4);
      if (h > 0)
        doc
          .rect(PAGE.left + i * slot + 0.5, bottom - h, Math.max(slot - 1, 0.5), h)
          .fill(LEVEL_COLORS[level]);
      bottom -= h;
    }
  });
}
