import { describe, expect, it } from '@jest/globals';
import { csvDialectFor } from './csv-dialect';

describe('csvDialectFor', () => {
  it('asks for the Excel dialect of the UI language, German for any other', () => {
    expect(['de', 'en', 'fr'].map(csvDialectFor)).toEqual(['excel-de', 'excel-en', 'excel-de']);
  });
});
