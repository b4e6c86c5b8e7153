import { describe, expect, it } from '@jest/globals';
import type { ProcessingRecord } from './hooks/useRegisters';
import { changedFields, fieldText } from './record-diff';

const record: ProcessingRecord = {
  name: 'Kundenservice',
  description: '',
  purposes: ['Anfragen beantworten'],
  legalBases: ['ART6_1_B'],
  specialCategoryConditions: [],
  subjectCategories: ['Kunden'],
  dataCategories: ['Telefonnummer'],
  recipients: [{ name: 'Meta Platforms Ireland Ltd.', kind: 'PROCESSOR', region: 'EU', bspId: null }],
  transfers: [{ recipient: 'Meta Platforms, Inc.', country: 'US', mechanism: 'DATA_PRIVACY_FRAMEWORK' }],
  retention: '6 Monate',
  securityMeasures: '',
  whatsAppVariants: ['BUSINESS_APP'],
  technicalMeasureIds: ['builtin:encryption'],
};

describe('record diff', () => {
  it('names the changed fields, ignoring key order', () => {
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as ProcessingRecord;
    expect(changedFields(record, reversed)).toEqual([]);
    expect(changedFields(record, { ...record, retention: '', purposes: [] })).toEqual([
      'purposes',
      'retention',
    ]);
  });

  it('writes lists, recipients and transfers as one line', () => {
    expect(fieldText(record, 'recipients')).toBe('Meta Platforms Ireland Ltd. (PROCESSOR, EU)');
    expect(fieldText(record, 'transfers')).toBe('Meta Platforms, Inc. → US (DATA_PRIVACY_FRAMEWORK)');
    expect(
      fieldText({ ...record, transfers: [{ ...record.transfers[0], country: '' }] }, 'transfers'),
    ).toContain('→ ?');
    expect(fieldText(record, 'purposes')).toBe('Anfragen beantworten');
  });
});
