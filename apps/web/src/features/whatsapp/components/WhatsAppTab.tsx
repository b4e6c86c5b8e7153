import { useMutation, useQuery } from '@apollo/client/react';
import { emptyAnswers, type Variant, type WhatsAppAnswers } from '@klarsicht/compliance-rules';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import {
  ClientAccountsQuery,
  CreateAccountMutation,
  UpdateAccountMutation,
  WhatsAppBspOptionsQuery,
} from '../graphql/accounts';
import { QuestionnaireForm } from './QuestionnaireForm';
import { Loading } from '../../../shared/ui/Loading';

type Draft = { variant: Variant; answers: WhatsAppAnswers; bspId: string | null };
const FAIL_COLOR: Record<string, string> = {
  FAIL: 'red',
  UNKNOWN: 'yellow',
  PASS: 'green',
  NOT_APPLICABLE: 'gray',
};

/** A client's WhatsApp accounts: each with the guided questionnaire, saved answers and the rule results. */
export const WhatsAppTab = () => {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { clientId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ClientAccountsQuery, { variables: { id: clientId } });
  // The firm's BSP catalogue (Settings); client users may not read it, so an error here only hides the choice.
  const bspOptions = useQuery(WhatsAppBspOptionsQuery);
  const bsps = bspOptions.data?.bsps ?? [];
  const refresh = {
    refetchQueries: [{ query: ClientDetailQuery, variables: { id: clientId } }],
    awaitRefetchQueries: true,
  };
  const [create, creating] = useMutation(CreateAccountMutation, refresh);
  const [update, updating] = useMutation(UpdateAccountMutation, refresh);
  const [label, setLabel] = useState('');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saved, setSaved] = useState<string | null>(null);

  if (loading && !data) {
    return <Loading minHeight={120} />;
  }
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const accounts = data?.client?.whatsAppAccounts ?? [];

  return (
    <Stack gap="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create({
            variables: {
              input: { clientId, label: label.trim() || t('whatsapp.defaultLabel'), variant: 'PRIVATE_APP' },
            },
          })
            .then(() => refetch())
            .then(() => setLabel(''))
            .catch(() => undefined);
        }}
        aria-label={t('whatsapp.addAccount')}
      >
        <Group align="flex-end">
          <TextInput
            label={t('whatsapp.accountLabel')}
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
            w={280}
          />
          <Button type="submit" loading={creating.loading}>
            {t('whatsapp.addAccount')}
          </Button>
        </Group>
      </form>
      {creating.error ? <ErrorAlert error={creating.error} /> : null}
      {accounts.length === 0 ? <Text c="dimmed">{t('whatsapp.noAccounts')}</Text> : null}
      {accounts.map((account) => {
        const stored: Draft = {
          variant: account.variant as Variant,
          bspId: account.bsp?.id ?? null,
          answers: {
            ...emptyAnswers,
            ...(Object.fromEntries(
              Object.entries(account.answers).filter(([k, v]) => k !== '__typename' && v !== undefined),
            ) as WhatsAppAnswers),
          },
        };
        const draft = drafts[account.id] ?? stored;
        const change = (next: Draft) => setDrafts((current) => ({ ...current, [account.id]: next }));
        const problems = account.findings.filter((f) => f.status === 'FAIL' || f.status === 'UNKNOWN');
        return (
          <Paper
            key={account.id}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-label={account.label}
          >
            <Group justify="space-between" mb="md">
              <Title order={3}>{account.label}</Title>
              <Text size="sm" c="dimmed">
                {t(`whatsapp.variant.${account.variant}`)}
              </Text>
            </Group>
            <QuestionnaireForm
              variant={draft.variant}
              answers={draft.answers}
              onVariantChange={(variant) => change({ ...draft, variant })}
              onAnswerChange={(key, value) =>
                change({ ...draft, answers: { ...draft.answers, [key]: value } })
              }
            />
            {draft.variant === 'BUSINESS_PLATFORM' && !bspOptions.error ? (
              <Select
                mt="md"
                maw={420}
                label={t('whatsapp.bsp.label')}
                description={
                  bsps.length === 0 && !bspOptions.loading
                    ? t('whatsapp.bsp.empty')
                    : t('whatsapp.bsp.description')
                }
                placeholder={t('whatsapp.bsp.placeholder')}
                data={bsps.map((bsp) => ({
                  value: bsp.id,
                  label: `${bsp.name} (${t(`settings.bsps.regions.${bsp.hostingRegion}`)})`,
                }))}
                value={draft.bspId}
                onChange={(value) => change({ ...draft, bspId: value })}
                clearable
                disabled={bsps.length === 0}
              />
            ) : null}
            <Group mt="md">
              <Button
                loading={updating.loading}
                onClick={() =>
                  void update({
                    variables: {
                      id: account.id,
                      input: { variant: draft.variant, answers: draft.answers, bspId: draft.bspId },
                    },
                  })
                    .then(() => refetch())
                    .then(() => {
                      setDrafts((current) =>
                        Object.fromEntries(Object.entries(current).filter(([id]) => id !== account.id)),
                      );
                      setSaved(account.id);
                    })
                    .catch(() => undefined)
                }
              >
                {t('whatsapp.save')}
              </Button>
              {saved === account.id ? (
                <Text size="sm" fw={500} role="status">
                  {t('whatsapp.saved')}
                </Text>
              ) : null}
            </Group>
            {updating.error ? <ErrorAlert error={updating.error} /> : null}
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
      })}
    </Stack>
  );
};
