import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DpiaRiskInput, DpiaScreeningQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useDpiaActions } from '../hooks/useRegisters';

type Dpia = NonNullable<DpiaScreeningQuery['dpiaScreening']['dpia']>;
const LEVEL_COLOR: Record<string, string> = { LOW: 'gray', MEDIUM: 'blue', HIGH: 'red' };
const scale = (value: string | number): number => Math.min(4, Math.max(1, Number(value) || 1));

type DpiaFormProps = { activityId: string; dpia: Dpia | null; canWrite: boolean; canApprove: boolean };

/** The DPIA of one activity (Art. 35(7)): description, necessity, risks with likelihood × severity before and after. */
export const DpiaForm = ({ activityId, dpia, canWrite, canApprove }: DpiaFormProps) => {
  const { t } = useTranslation();
  const { saveDpia, approveDpia, busy } = useDpiaActions(activityId);
  const [description, setDescription] = useState(dpia?.description ?? '');
  const [necessity, setNecessity] = useState(dpia?.necessity ?? '');
  const [risks, setRisks] = useState<DpiaRiskInput[]>(
    dpia?.risks.map(
      ({ description: d, likelihood, severity, measures, residualLikelihood, residualSeverity }) => ({
        description: d,
        likelihood,
        severity,
        measures,
        residualLikelihood,
        residualSeverity,
      }),
    ) ?? [],
  );
  const [error, setError] = useState<unknown>(null);
  const patch = (index: number, next: Partial<DpiaRiskInput>) =>
    setRisks(risks.map((r, i) => (i === index ? { ...r, ...next } : r)));
  const run = (action: () => Promise<void>) => {
    setError(null);
    action().catch(setError);
  };

  return (
    <Stack gap="xs" aria-label={t('registers.dpia.form')}>
      <Group justify="space-between">
        <Text fw={700}>{t('registers.dpia.form')}</Text>
        {dpia ? (
          <Group gap="xs">
            <Badge variant="light" color={dpia.status === 'APPROVED' ? 'green' : 'gray'}>
              {t(`registers.status.${dpia.status}`)}
            </Badge>
            {dpia.residualRisk ? (
              <Badge variant="light" color={LEVEL_COLOR[dpia.residualRisk] ?? 'gray'}>
                {t('registers.dpia.residual', { level: t(`registers.dpia.levels.${dpia.residualRisk}`) })}
              </Badge>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {dpia?.consultationRequired ? <Text c="red.8">{t('registers.dpia.consultation')}</Text> : null}
      <Textarea
        label={t('registers.dpia.description')}
        value={description}
        disabled={!canWrite}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={1}
      />
      <Textarea
        label={t('registers.dpia.necessity')}
        value={necessity}
        disabled={!canWrite}
        onChange={(e) => setNecessity(e.currentTarget.value)}
        autosize
        minRows={1}
      />
      {risks.map((r, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('registers.dpia.risk')}
            value={r.description}
            disabled={!canWrite}
            onChange={(e) => patch(i, { description: e.currentTarget.value })}
            w={240}
          />
          {(['likelihood', 'severity', 'residualLikelihood', 'residualSeverity'] as const).map((field) => (
            <NumberInput
              key={field}
              label={t(`registers.dpia.${field}`)}
              value={r[field]}
              min={1}
              max={4}
              disabled={!canWrite}
              onChange={(value) => patch(i, { [field]: scale(value) })}
              w={130}
            />
          ))}
          <TextInput
            label={t('registers.dpia.measures')}
            value={r.measures ?? ''}
            disabled={!canWrite}
            onChange={(e) => patch(i, { measures: e.currentTarget.value })}
            w={240}
          />
          {canWrite ? (
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('registers.dpia.removeRisk', { name: r.description || i + 1 })}
              onClick={() => setRisks(risks.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {canWrite ? (
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              setRisks([
                ...risks,
                {
                  description: '',
                  likelihood: 2,
                  severity: 2,
                  measures: '',
                  residualLikelihood: 1,
                  residualSeverity: 2,
                },
              ])
            }
          >
            {t('registers.dpia.addRisk')}
          </Button>
          <Button
            size="xs"
            loading={busy}
            onClick={() =>
              run(() =>
                saveDpia({ description, necessity, risks: risks.filter((r) => r.description.trim()) }),
              )
            }
          >
            {t('registers.dpia.saveDpia')}
          </Button>
          {canApprove && dpia && dpia.status !== 'APPROVED' ? (
            <Button size="xs" variant="default" loading={busy} onClick={() => run(approveDpia)}>
              {t('registers.dpia.approveDpia')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </Stack>
  );
};
