import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetailsInput, BreachRisk } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { type ClientBreach, useSupervisoryAuthorities, useUpdateBreach } from '../hooks/useClientBreaches';

const RISKS: BreachRisk[] = ['NO_RISK', 'RISK', 'HIGH_RISK'];

// datetime-local values are the browser's local time ("2026-12-07T13:05"); the api takes ISO instants.
const toLocal = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  date.setMinutes(date.getMinutes() - date.getTimezoneOffset());
  return date.toISOString().slice(0, 16);
};
const toIso = (local: string): string | null => (local ? new Date(local).toISOString() : null);
const count = (value: string | number): number | null => (typeof value === 'number' ? value : null);

type Props = { breach: ClientBreach; onClose: () => void };

/**
 * Completes or corrects a reported breach — what Art. 33(3) asks to be notified and Art. 34 to be told. The
 * awareness time, the start of the 72-hour clock, is not editable (the api keeps it as reported).
 */
export const BreachDetailsDialog = ({ breach, onClose }: Props) => {
  const { t } = useTranslation();
  const { updateBreach, updating } = useUpdateBreach();
  const authorities = useSupervisoryAuthorities();
  const [error, setError] = useState<unknown>(null);
  const [form, setForm] = useState({
    title: breach.title,
    description: breach.description,
    occurredAt: toLocal(breach.occurredAt),
    dataCategories: breach.dataCategories,
    subjectCategories: breach.subjectCategories,
    approxSubjects: (breach.approxSubjects ?? '') as string | number,
    approxRecords: (breach.approxRecords ?? '') as string | number,
    likelyConsequences: breach.likelyConsequences,
    measures: breach.measures,
    risk: breach.risk,
    authorityCode: breach.authority?.code ?? null,
    contact: breach.contact ?? '',
    subjectsInformedAt: toLocal(breach.subjectsInformedAt),
    subjectsCommunication: breach.subjectsCommunication ?? '',
  });
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) =>
      setForm((current) => ({ ...current, [key]: value }));
  const text = (key: 'title' | 'description' | 'likelyConsequences' | 'measures' | 'contact') => ({
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key)(event.currentTarget.value),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const input: BreachDetailsInput = {
      title: form.title.trim(),
      description: form.description.trim(),
      occurredAt: toIso(form.occurredAt),
      dataCategories: form.dataCategories,
      subjectCategories: form.subjectCategories,
      approxSubjects: count(form.approxSubjects),
      approxRecords: count(form.approxRecords),
      likelyConsequences: form.likelyConsequences.trim(),
      measures: form.measures.trim(),
      risk: form.risk,
      authorityCode: form.authorityCode,
      contact: form.contact.trim() || null,
      subjectsInformedAt: toIso(form.subjectsInformedAt),
      subjectsCommunication: form.subjectsCommunication.trim() || null,
    };
    try {
      await updateBreach(breach.id, input);
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('breaches.editTitle', { title: breach.title })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} aria-label={t('breaches.edit')} noValidate>
        <Stack gap="sm">
          <TextInput label={t('breaches.title')} {...text('title')} required />
          <Textarea label={t('breaches.description')} {...text('description')} autosize minRows={2} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('breaches.occurredAt')}
              value={form.occurredAt}
              onChange={(event) => set('occurredAt')(event.currentTarget.value)}
            />
            <Select
              label={t('breaches.risk')}
              data={RISKS.map((value) => ({ value, label: t(`breaches.risks.${value}`) }))}
              value={form.risk}
              onChange={(value) => value && set('risk')(value)}
              allowDeselect={false}
            />
            <TagsInput
              label={t('breaches.dataCategories')}
              description={t('breaches.tagsHint')}
              value={form.dataCategories}
              onChange={set('dataCategories')}
            />
            <TagsInput
              label={t('breaches.subjectCategories')}
              description={t('breaches.tagsHint')}
              value={form.subjectCategories}
              onChange={set('subjectCategories')}
            />
            <NumberInput
              label={t('breaches.approxSubjects')}
              value={form.approxSubjects}
              onChange={set('approxSubjects')}
              min={0}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
            />
            <NumberInput
              label={t('breaches.approxRecords')}
              value={form.approxRecords}
              onChange={set('approxRecords')}
              min={0}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
            />
          </SimpleGrid>
          <Textarea
            label={t('breaches.likelyConsequences')}
            {...text('likelyConsequences')}
            autosize
            minRows={2}
          />
          <Textarea label={t('breaches.measures')} {...text('measures')} autosize minRows={2} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('breaches.authority')}
              data={authorities.map((a) => ({ value: a.code, label: `${a.shortName} – ${a.name}` }))}
              value={form.authorityCode}
              onChange={set('authorityCode')}
              searchable
            />
            <TextInput label={t('breaches.contact')} {...text('contact')} />
            <TextInput
              type="datetime-local"
              label={t('breaches.subjectsInformedAt')}
              value={form.subjectsInformedAt}
              onChange={(event) => set('subjectsInformedAt')(event.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            label={t('breaches.subjectsCommunication')}
            value={form.subjectsCommunication}
            onChange={(event) => set('subjectsCommunication')(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={updating}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
