import type { ProcessingRecord } from './hooks/useRegisters';

// Key order does not count (the api hands back jsonb objects in its own order).
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== '__typename')
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

export const RECORD_FIELDS = [
  'name',
  'description',
  'purposes',
  'legalBases',
  'specialCategoryConditions',
  'subjectCategories',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'securityMeasures',
  'whatsAppVariants',
  'technicalMeasureIds',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** The fields in which two versions differ, in the record's order. */
export const changedFields = (before: ProcessingRecord, after: ProcessingRecord): RecordField[] =>
  RECORD_FIELDS.filter((field) => canonical(before[field]) !== canonical(after[field]));

/** A field's value as one line of text, for the diff. */
export const fieldText = (record: ProcessingRecord, field: RecordField): string => {
  const value = record[field];
  if (typeof value === 'string') return value;
  return value
    .map((item) =>
      typeof item === 'string'
        ? item
        : 'kind' in item
          ? `${item.name} (${item.kind}, ${item.region})`
          : `${item.recipient} → ${item.country || '?'} (${item.mechanism})`,
    )
    .join('; ');
};
