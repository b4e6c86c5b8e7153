import { Badge, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DpiaCriterion } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useDpiaScreening } from '../hooks/useRegisters';
import { DpiaForm } from './DpiaForm';

const RESULT_COLOR: Record<string, string> = { NOT_SCREENED: 'gray', REQUIRED: 'red', NOT_REQUIRED: 'blue' };

/** The WP248 screening of one activity: nine questions; two or more, or a list entry, → DPIA required. */
type DpiaPanelProps = { activityId: string; canWrite: boolean; canApprove: boolean };

export const DpiaPanel = ({ activityId, canWrite, canApprove }: DpiaPanelProps) => {
  const { t, i18n } = useTranslation();
  const { screening, loading, error, save, saving } = useDpiaScreening(activityId);
  const [met, setMet] = useState<DpiaCriterion[]>([]);
  const [entry, setEntry] = useState('');
  const [saveError, setSaveError] = useState<unknown>(null);

  useEffect(() => {
    if (!screening) return;
    setMet(screening.questions.filter((q) => q.met).map((q) => q.criterion));
    setEntry(screening.authorityListEntry ?? '');
  }, [screening]);

  if (loading) return <Loading minHeight={80} />;
  if (error || !screening) return <ErrorAlert error={error} />;
  const english = i18n.language.startsWith('en');

  return (
    <Stack gap="xs" aria-label={t('registers.dpia.title')}>
      <Group justify="space-between">
        <Text fw={700}>{t('registers.dpia.title')}</Text>
        <Badge variant="light" color={RESULT_COLOR[screening.result] ?? 'gray'}>
          {t(`registers.dpia.result.${screening.result}`)}
        </Badge>
      </Group>
      {screening.questions.map((q) => (
        <Checkbox
          key={q.criterion}
          label={english ? q.textEn : q.text}
          checked={met.includes(q.criterion)}
          disabled={!canWrite}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setMet((current) =>
              checked ? [...current, q.criterion] : current.filter((c) => c !== q.criterion),
            );
          }}
        />
      ))}
      <TextInput
        label={t('registers.dpia.authorityListEntry')}
        description={t('registers.dpia.authorityListHint')}
        value={entry}
        disabled={!canWrite}
        onChange={(e) => setEntry(e.currentTarget.value)}
      />
      {canWrite ? (
        <Group>
          <Button
            size="xs"
            loading={saving}
            onClick={() => {
              setSaveError(null);
              save(met, entry.trim()).catch(setSaveError);
            }}
          >
            {t('registers.dpia.save')}
          </Button>
        </Group>
      ) : null}
      {saveError ? <ErrorAlert error={saveError} /> : null}
      {screening.result === 'REQUIRED' || screening.dpia ? (
        <DpiaForm activityId={activityId} dpia={screening.dpia} canWrite={canWrite} canApprove={canApprove} />
      ) : null}
    </Stack>
  );
};
