import { flatText, readPdf } from '../support/pdf';
import {
  portfolioPageCount,
  renderPortfolioReport,
  type PortfolioRow,
} from '../../libs/api/reports/src/lib/portfolio-report/portfolio-report.pdf';

const rows = (n: number): PortfolioRow[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `Mandant Nr. ${String(i + 1).padStart(4, '0')} – Größe`,
    city: 'München',
    level: ['RED', 'AMBER', 'GREEN'][i % 3],
    score: i % 101,
    openTasks: i % 7,
    overdueTasks: i % 3,
    nextReviewAt: i % 2 ? new Date('2027-01-01T00:00:00Z') : null,
  }));

async function* inBatches(all: PortfolioRow[], size: number): AsyncGenerator<PortfolioRow[]> {
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

describe('portfolio report PDF (streamed)', () => {
  it('has the pages it announced, every client once in order, and the frame on every page', async () => {
    const all = rows(333);
    const chunks: Buffer[] = [];
    const head = {
      clientCount: all.length,
      byLevel: [
        { level: 'RED', count: 111 },
        { level: 'AMBER', count: 111 },
        { level: 'GREEN', count: 111 },
      ],
      openTasks: 5,
      reviewsDue: 2,
      history: [{ day: '2026-12-07', clientCount: 333, byLevel: [{ level: 'RED', count: 111 }] }],
    };
    for await (const chunk of renderPortfolioReport(
      { language: 'de', firmName: 'Kanzlei Weiß', title: 'Portfolio', generatedAt: new Date() },
      head,
      inBatches(all, 100),
    ))
      chunks.push(chunk);
    const pdf = await readPdf(Buffer.concat(chunks));
    expect(pdf.pages).toBe(portfolioPageCount(all.length));
    expect(pdf.pages).toBeGreaterThan(3);
    const text = flatText(pdf);
    const positions = all.map((r) => text.indexOf(r.name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    pdf.text.forEach((page, i) => {
      expect(page.replace(/\s+/g, ' ')).toContain(`Seite ${i + 1} von ${pdf.pages}`);
      expect(page).toContain('Kanzlei Weiß');
    });
    expect(text).toContain('07.12.2026 bis 07.12.2026');
  });
});
