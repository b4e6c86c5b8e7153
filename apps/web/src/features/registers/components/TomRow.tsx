import { Select, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnicalMeasuresQuery, TomStatus } from '../../../gql/graphql';

const STATUSES: TomStatus[] = ['IMPLEMENTED', 'PARTIAL', 'PLANNED', 'NOT_APPLICABLE'];

type Measure = TechnicalMeasuresQuery['technicalMeasures'][number];
type Props = {
  measure: Measure;
  documents: { id: string; title: string }[];
  canWrite: boolean;
  onSave: (
    status: TomStatus,
    details: { note: string | null; evidenceDocumentId: string | null },
  ) => Promise<void>;
};

/** One measure of the checklist: its status for the client, a note and a document as evidence. */
export const TomRow = ({ measure, documents, canWrite, onSave }: Props) => {
  const { t, i18n } = useTranslation();
  const title = i18n.language.startsWith('en') ? measure.titleEn : measure.title;
  const [note, setNote] = useState(measure.note);
  const save = (changes: { status?: TomStatus; note?: string; evidenceDocumentId?: string | null }) => {
    const status = changes.status ?? measure.status;
    // Note and evidence belong to an assessment: they are saved once a status is chosen.
    if (!status) return;
    void onSave(status, {
      note: (changes.note ?? note).trim() || null,
      evidenceDocumentId:
        changes.evidenceDocumentId === undefined
          ? (measure.evidenceDocumentId ?? null)
          : changes.evidenceDocumentId,
    });
  };
  return (
    <Table.Tr>
      <Table.Td>{title}</Table.Td>
      <Table.Td w={200}>
        <Select
          aria-label={t('registers.toms.statusOf', { title })}
          placeholder={t('registers.toms.notAssessed')}
          data={STATUSES.map((value) => ({ value, label: t(`registers.toms.status.${value}`) }))}
          value={measure.status ?? null}
          disabled={!canWrite}
          onChange={(value) => value && save({ status: value })}
          allowDeselect={false}
        />
      </Table.Td>
      <Table.Td w={240}>
        <TextInput
          aria-label={t('registers.toms.noteOf', { title })}
          placeholder={t('registers.toms.note')}
          value={note}
          disabled={!canWrite || !measure.status}
          onChange={(event) => setNote(event.currentTarget.value)}
          onBlur={() => note !== measure.note && save({ note })}
        />
      </Table.Td>
      <Table.Td w={220}>
        <Select
          aria-label={t('registers.toms.evidenceOf', { title })}
          placeholder={t('registers.toms.noEvidence')}
          data={documents.map((d) => ({ value: d.id, label: d.title }))}
          value={measure.evidenceDocumentId ?? null}
          disabled={!canWrite || !measure.status}
          onChange={(value) => save({ evidenceDocumentId: value })}
          clearable
          searchable
        />
      </Table.Td>
    </Table.Tr>
  );
};
