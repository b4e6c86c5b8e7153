import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { berlinParts, type CsvColumn } from '@klarsicht/api-core';
import type { ReportLanguage } from '../pdf/report-labels';

/**
 * Excel has no time zones: a date cell holds wall-clock time. The instant as Berlin's wall clock, expressed as the UTC
 * fields of a Date (which is how exceljs writes a cell's serial number).
 */
export const berlinWallClock = (instant: Date): Date => {
  const p = berlinParts(instant);
  const n = (key: string): number => Number(p[key]);
  return new Date(Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')));
};

const FORMATS: Partial<Record<CsvColumn<never>['kind'], string>> = {
  timestamp: 'dd.mm.yyyy hh:mm',
  number: '0',
};

const cell = (kind: CsvColumn<never>['kind'], value: unknown): ExcelJS.CellValue => {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'timestamp') return berlinWallClock(value instanceof Date ? value : new Date(String(value)));
  if (kind === 'number') return Number(value);
  if (kind === 'boolean') return Boolean(value);
  return String(value);
};

/**
 * One sheet as a streamed .xlsx (exceljs' streaming writer: each row is committed as it is written): typed cells
 * (dates as dates, numbers as numbers, booleans as booleans), a bold header row that stays in view, an autofilter.
 */
export async function* xlsxStream<Row>(
  rows: AsyncIterable<Row>,
  columns: readonly (CsvColumn<Row> & { width?: number })[],
  language: ReportLanguage,
  sheetName: string,
): AsyncGenerator<Buffer> {
  const out = new PassThrough();
  const writing = (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'Klarsicht';
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      header: language === 'de' ? c.de : c.en,
      key: c.key,
      width: c.width ?? (c.kind === 'timestamp' ? 17 : 14),
      style: FORMATS[c.kind] ? { numFmt: FORMATS[c.kind] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    sheet.getRow(1).commit();
    for await (const row of rows) sheet.addRow(columns.map((c) => cell(c.kind, row[c.key]))).commit();
    sheet.commit();
    await workbook.commit();
  })();
  writing.catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  for await (const chunk of out) yield chunk as Buffer;
  await writing;
}
