import { describe, expect, it } from '@jest/globals';
import { createFormatters, localeFor } from './formatters';

// Local time, so the expected texts hold in any time zone the tests run in.
const SATURDAY = new Date(2026, 0, 10, 14, 5, 7);
// ICU versions differ in the space before AM/PM (U+0020 or U+202F).
const plain = (text: string): string => text.replace(/\s/g, ' ');

describe(createFormatters.name, () => {
  it.each([
    ['de-DE', 'date', '10.01.2026'],
    ['en-GB', 'date', '10 Jan 2026'],
    ['en', 'date', 'Jan 10, 2026'],
    ['de-DE', 'dateTime', '10.01.2026, 14:05'],
    ['en-GB', 'dateTime', '10 Jan 2026, 14:05'],
    ['en', 'dateTime', 'Jan 10, 2026, 2:05 PM'],
    ['de', 'longDateTime', '10. Januar 2026 um 14:05'],
    ['en', 'longDateTime', 'January 10, 2026 at 2:05 PM'],
    ['de', 'timestamp', '10.01.26, 14:05:07'],
    ['en', 'timestamp', '1/10/26, 2:05:07 PM'],
  ] as const)('formats in %s with %s as %s', (locale, name, expected) => {
    const sut = createFormatters(locale);
    expect(plain(sut[name](SATURDAY))).toBe(expected);
  });

  it('reads ISO strings and epoch milliseconds like dates', () => {
    const sut = createFormatters('de-DE');
    expect(sut.date('2026-01-10T14:05:07')).toBe('10.01.2026');
    expect(sut.date(SATURDAY.getTime())).toBe('10.01.2026');
  });

  it('applies the options given instead of the default', () => {
    const sut = createFormatters('de-DE');
    expect(sut.date(SATURDAY, { day: '2-digit', month: '2-digit' })).toBe('10.01.');
    expect(sut.date(SATURDAY, { dateStyle: 'long' })).toBe('10. Januar 2026');
  });

  it('formats numbers, percentages and file sizes in the locale', () => {
    const de = createFormatters('de-DE');
    const en = createFormatters('en-GB');
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(plain(de.percent(0.25))).toBe('25 %');
    expect(de.fileSize(20_000)).toBe('19,5 kB');
    expect(en.fileSize(2048)).toBe('2 kB');
  });
});

describe(localeFor.name, () => {
  it('adds the region to a known language and falls back to German for any other', () => {
    expect(localeFor('de')).toBe('de-DE');
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor('fr')).toBe('de-DE');
  });
});
