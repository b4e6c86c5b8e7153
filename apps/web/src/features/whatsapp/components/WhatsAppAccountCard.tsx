import { emptyAnswers, type Variant, type WhatsAppAnswers } from '@klarsicht/compliance-rules';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WhatsAppBspOptionsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import type { WhatsAppAccount } from '../hooks/useWhatsAppAccounts';
import { AttestationPanel } from './AttestationPanel';
import { QuestionnaireForm } from './QuestionnaireForm';

export type Draft = { variant: Variant; answers: WhatsAppAnswers; bspId: string | null };

const FAIL_COLOR: Record<string, string> = {
  FAIL: 'red',
  UNKNOWN: 'yellow',
  PASS: 'green',
  NOT_APPLICABLE: 'gray',
};

/** The account as saved, in the shape the questionnaire edits. */
export const storedDraft = (account: WhatsAppAccount): Draft => ({
  variant: account.variant,
  bspId: account.bsp?.id ?? null,
  answers: {
    ...emptyAnswers,
    ...(Object.fromEntries(
      Object.entries(account.answers).filter(([k, v]) => k !== '__typename' && v !== undefined),
    ) as WhatsAppAnswers),
  },
});

type WhatsAppAccountCardProps = {
  clientId: string;
  account: WhatsAppAccount;
  draft: Draft;
  onDraftChange: (draft: Draft) => void;
  bsps: WhatsAppBspOptionsQuery['bsps'];
  bspsLoading: boolean;
  bspsUnavailable: boolean;
  saving: boolean;
  saved: boolean;
  onSave: () => void;
  // The last save's failure, shown under the button.
  saveError: unknown;
};

/** One account: the guided questionnaire, the BSP for the Business Platform, and the rule results. */
export const WhatsAppAccountCard = ({
  clientId,
  account,
  draft,
  onDraftChange,
  bsps,
  bspsLoading,
  bspsUnavailable,
  saving,
  saved,
  onSave,
  saveError,
}: WhatsAppAccountCardProps) => {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const problems = account.findings.filter((f) => f.status === 'FAIL' || f.status === 'UNKNOWN');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={account.label}>
      <Group justify="space-between" mb="md">
        <Title order={3}>{account.label}</Title>
        <Text size="sm" c="dimmed">
          {t(`whatsapp.variant.${account.variant}`)}
        </Text>
      </Group>
      <QuestionnaireForm
        variant={draft.variant}
        answers={draft.answers}
        onVariantChange={(variant) => onDraftChange({ ...draft, variant })}
        onAnswerChange={(key, value) =>
          onDraftChange({ ...draft, answers: { ...draft.answers, [key]: value } })
        }
      />
      {draft.variant === 'BUSINESS_PLATFORM' && !bspsUnavailable ? (
        <Select
          mt="md"
          maw={420}
          label={t('whatsapp.bsp.label')}
          description={
            bsps.length === 0 && !bspsLoading ? t('whatsapp.bsp.empty') : t('whatsapp.bsp.description')
          }
          placeholder={t('whatsapp.bsp.placeholder')}
          data={bsps.map((bsp) => ({
            value: bsp.id,
            label: `${bsp.name} (${t(`settings.bsps.regions.${bsp.hostingRegion}`)})`,
          }))}
          value={draft.bspId}
          onChange={(value) => onDraftChange({ ...draft, bspId: value })}
          clearable
          disabled={bsps.length === 0}
        />
      ) : null}
      <Group mt="md">
        <Button loading={saving} onClick={onSave}>
          {t('whatsapp.save')}
        </Button>
        {saved ? (
          <Text size="sm" fw={500} role="status">
            {t('whatsapp.saved')}
          </Text>
        ) : null}
      </Group>
      {saveError ? <ErrorAlert error={saveError} /> : null}
      <AttestationPanel clientId={clientId} accountId={account.id} />
      <Title order={4} mt="lg" mb="xs" fz="md">
        {t('whatsapp.results')}
      </Title>
      {problems.length === 0 ? (
        <Alert color="green">{t('whatsapp.allPass')}</Alert>
      ) : (
        <Stack gap={4}>
          {problems.map((finding) => (
            <Group key={finding.ruleId} gap="xs" wrap="nowrap">
              <Badge variant="light" color={FAIL_COLOR[finding.status] ?? 'gray'} miw={90}>
                {t(`whatsapp.findingStatus.${finding.status}` as 'whatsapp.findingStatus.FAIL')}
              </Badge>
              <Text size="sm">
                <Text span ff="monospace" size="xs">
                  {finding.ruleId}
                </Text>{' '}
                {english ? finding.titleEn : finding.title}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
};
