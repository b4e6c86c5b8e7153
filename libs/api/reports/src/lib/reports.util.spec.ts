import { certificateRange } from './audit-certificate/audit-certificate.service';
import { slug } from './client-report/client-report.service';
import { reportLanguage } from './pdf/report-labels';
import { portfolioPageCount } from './portfolio-report/portfolio-report.pdf';
import { berlinWallClock } from './xlsx/xlsx-writer';

describe('reports: the pure parts', () => {
  it('takes ?lang=de|en, German by default, and refuses anything else', () => {
    expect(reportLanguage(undefined)).toBe('de');
    expect(reportLanguage('')).toBe('de');
    expect(reportLanguage('en')).toBe('en');
    expect(() => reportLanguage('EN')).toThrow();
    expect(() => reportLanguage('fr')).toThrow();
  });

  it('reads a certificate period: days mean whole days, instants as given, from before to', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(certificateRange('2026-01-01', '2026-01-31', now)).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-02-01T00:00:00Z'),
    });
    expect(certificateRange(undefined, undefined, now)).toEqual({ from: new Date(0), to: now });
    expect(certificateRange('2026-03-01T10:00:00+01:00', undefined, now).from).toEqual(
      new Date('2026-03-01T09:00:00Z'),
    );
    expect(() => certificateRange('gestern', undefined, now)).toThrow();
    expect(() => certificateRange('2026-02-01', '2026-01-01', now)).toThrow();
  });

  it('writes Berlin wall-clock time into Excel cells, across both DST switches', () => {
    expect(berlinWallClock(new Date('2026-01-15T09:00:00Z'))).toEqual(new Date('2026-01-15T10:00:00Z'));
    expect(berlinWallClock(new Date('2026-07-15T09:00:00Z'))).toEqual(new Date('2026-07-15T11:00:00Z'));
    // 29 March 2026, 01:00 UTC is 03:00 CEST; 25 October 2026, 01:00 UTC is 02:00 CET.
    expect(berlinWallClock(new Date('2026-03-29T01:00:00Z'))).toEqual(new Date('2026-03-29T03:00:00Z'));
    expect(berlinWallClock(new Date('2026-10-25T01:00:00Z'))).toEqual(new Date('2026-10-25T02:00:00Z'));
  });

  it('knows the portfolio report’s page count before the first page (fixed rows)', () => {
    expect(portfolioPageCount(0)).toBe(1);
    expect(portfolioPageCount(1)).toBe(1);
    const firstPage = [...Array(200).keys()].find((n) => portfolioPageCount(n + 1) === 2) ?? 0;
    expect(firstPage).toBeGreaterThan(20);
    const perPage = [...Array(400).keys()].find((n) => portfolioPageCount(firstPage + n + 1) === 3) ?? 0;
    expect(perPage).toBeGreaterThan(firstPage);
    expect(portfolioPageCount(firstPage + 10 * perPage)).toBe(11);
  });

  it('makes file names from client names', () => {
    expect(slug('Bäckerei Müller & Söhne „Zum Brötchen“')).toBe('Baeckerei-Mueller-Soehne-Zum-Broetchen');
    expect(slug('   ')).toBe('client');
  });
});
