import { Button, Group, MultiSelect, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  LegalBasis,
  ProcessingRecipientInput,
  ProcessingRecordInput,
  ProcessingTransferInput,
  WhatsAppVariant,
} from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type ProcessingRecord, useTechnicalMeasures } from '../hooks/useRegisters';
import { PartiesEditor } from './PartiesEditor';

const LEGAL_BASES: LegalBasis[] = ['ART6_1_A', 'ART6_1_B', 'ART6_1_C', 'ART6_1_D', 'ART6_1_E', 'ART6_1_F'];
const VARIANTS: WhatsAppVariant[] = ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'];

/** The record as input: recipients and transfers are kept as they are (typename stripped). */
export const toRecordInput = (r: ProcessingRecord): ProcessingRecordInput => ({
  name: r.name,
  description: r.description,
  purposes: r.purposes,
  legalBases: r.legalBases,
  specialCategoryConditions: r.specialCategoryConditions,
  subjectCategories: r.subjectCategories,
  dataCategories: r.dataCategories,
  recipients: r.recipients.map(({ name, kind, region, bspId }) => ({ name, kind, region, bspId })),
  transfers: r.transfers.map(({ recipient, country, mechanism }) => ({ recipient, country, mechanism })),
  retention: r.retention,
  securityMeasures: r.securityMeasures,
  whatsAppVariants: r.whatsAppVariants,
  technicalMeasureIds: r.technicalMeasureIds,
});

type ActivityFormProps = {
  clientId: string;
  initial: ProcessingRecord | null;
  saving: boolean;
  onSave: (record: ProcessingRecordInput) => Promise<void>;
  onCancel?: () => void;
};

/** The Art. 30(1) fields of one activity; saving an edit makes a new draft version. */
export const ActivityForm = ({ clientId, initial, saving, onSave, onCancel }: ActivityFormProps) => {
  const { t, i18n } = useTranslation();
  const { measures: catalogue } = useTechnicalMeasures(clientId);
  const [measureIds, setMeasureIds] = useState<string[]>(initial?.technicalMeasureIds ?? []);
  const [name, setName] = useState(initial?.name ?? '');
  const [purposes, setPurposes] = useState<string[]>(initial?.purposes ?? []);
  const [legalBases, setLegalBases] = useState<string[]>(initial?.legalBases ?? []);
  const [subjects, setSubjects] = useState<string[]>(initial?.subjectCategories ?? []);
  const [data, setData] = useState<string[]>(initial?.dataCategories ?? []);
  const [retention, setRetention] = useState(initial?.retention ?? '');
  const [measures, setMeasures] = useState(initial?.securityMeasures ?? '');
  const [variants, setVariants] = useState<string[]>(initial?.whatsAppVariants ?? []);
  const [recipients, setRecipients] = useState<ProcessingRecipientInput[]>(
    initial ? (toRecordInput(initial).recipients ?? []) : [],
  );
  const [transfers, setTransfers] = useState<ProcessingTransferInput[]>(
    initial ? (toRecordInput(initial).transfers ?? []) : [],
  );
  const { errors, formError, applyApiError, reset } = useFieldErrors<'name'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) {
      reset({ name: t('registers.nameRequired') });
      return;
    }
    reset();
    const base = initial ? toRecordInput(initial) : { name };
    try {
      await onSave({
        ...base,
        name: name.trim(),
        purposes,
        legalBases: LEGAL_BASES.filter((b) => legalBases.includes(b)),
        subjectCategories: subjects,
        dataCategories: data,
        retention,
        securityMeasures: measures,
        whatsAppVariants: VARIANTS.filter((v) => variants.includes(v)),
        recipients: recipients.filter((r) => r.name.trim()),
        transfers: transfers.filter((tr) => tr.recipient.trim()),
        technicalMeasureIds: measureIds,
      });
    } catch (error) {
      applyApiError(error, ['name']);
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-label={initial ? t('registers.editActivity') : t('registers.newActivity')}
      noValidate
    >
      <Stack gap="sm">
        <TextInput
          label={t('registers.fields.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <TagsInput label={t('registers.fields.purposes')} value={purposes} onChange={setPurposes} />
        <MultiSelect
          label={t('registers.fields.legalBases')}
          data={LEGAL_BASES.map((value) => ({ value, label: t(`registers.legalBases.${value}`) }))}
          value={legalBases}
          onChange={setLegalBases}
        />
        <TagsInput label={t('registers.fields.subjectCategories')} value={subjects} onChange={setSubjects} />
        <TagsInput label={t('registers.fields.dataCategories')} value={data} onChange={setData} />
        <PartiesEditor
          recipients={recipients}
          transfers={transfers}
          onRecipients={setRecipients}
          onTransfers={setTransfers}
        />
        <Textarea
          label={t('registers.fields.retention')}
          value={retention}
          onChange={(e) => setRetention(e.currentTarget.value)}
          autosize
          minRows={1}
        />
        <Textarea
          label={t('registers.fields.securityMeasures')}
          value={measures}
          onChange={(e) => setMeasures(e.currentTarget.value)}
          autosize
          minRows={1}
        />
        <MultiSelect
          label={t('registers.fields.technicalMeasureIds')}
          data={catalogue.map((m) => ({
            value: m.measureId,
            label: i18n.language.startsWith('en') ? m.titleEn : m.title,
          }))}
          value={measureIds}
          onChange={setMeasureIds}
          searchable
        />
        <MultiSelect
          label={t('registers.fields.whatsAppVariants')}
          data={VARIANTS.map((value) => ({ value, label: t(`whatsapp.variant.${value}`) }))}
          value={variants}
          onChange={setVariants}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {initial ? t('registers.saveVersion') : t('registers.create')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('registers.cancel')}
            </Button>
          ) : null}
        </Group>
        {formError ? <ErrorAlert error={formError} /> : null}
      </Stack>
    </form>
  );
};
