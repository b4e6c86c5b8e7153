import { Button, Group, Select, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachRisk } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useReportBreach } from '../hooks/useClientBreaches';

const RISKS: BreachRisk[] = ['NO_RISK', 'RISK', 'HIGH_RISK'];
// A datetime-local value in the browser's time: "2026-12-07T13:05".
const localNow = () => {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
};

export const ReportBreachForm = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  const { reportBreach, reporting } = useReportBreach(clientId);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [discoveredAt, setDiscoveredAt] = useState(localNow);
  const [risk, setRisk] = useState<BreachRisk>('RISK');
  const { errors, formError, applyApiError, reset } = useFieldErrors<'title' | 'discoveredAt' | 'risk'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      reset({ title: t('breaches.titleRequired') });
      return;
    }
    reset();
    try {
      await reportBreach({
        title: title.trim(),
        description: description.trim(),
        discoveredAt: new Date(discoveredAt).toISOString(),
        risk,
      });
      setTitle('');
      setDescription('');
    } catch (error) {
      applyApiError(error, ['title', 'discoveredAt', 'risk']);
    }
  };

  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label={t('breaches.report')} noValidate>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('breaches.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            w={280}
          />
          <TextInput
            type="datetime-local"
            label={t('breaches.discoveredAt')}
            value={discoveredAt}
            onChange={(event) => setDiscoveredAt(event.currentTarget.value)}
            error={errors.discoveredAt}
            w={220}
          />
          <Select
            label={t('breaches.risk')}
            data={RISKS.map((value) => ({ value, label: t(`breaches.risks.${value}`) }))}
            value={risk}
            onChange={(value) => value && setRisk(value)}
            allowDeselect={false}
            error={errors.risk}
            w={220}
          />
          <Textarea
            label={t('breaches.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={1}
            w={320}
          />
          <Button type="submit" loading={reporting}>
            {t('breaches.report')}
          </Button>
        </Group>
      </form>
      {formError ? <ErrorAlert error={formError} /> : null}
    </>
  );
};
