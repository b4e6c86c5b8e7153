import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetailQuery } from '../../../gql/graphql';
import { LevelBadge } from '../../../shared/compliance/LevelBadge';
import { useFormat } from '../../../shared/format/useFormat';

type Client = NonNullable<ClientDetailQuery['client']>;

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" c="dimmed" component="dt">
      {label}
    </Text>
    <Text component="dd" m={0} fw={500}>
      {children}
    </Text>
  </div>
);

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;

/** Open findings (FAIL, UNKNOWN) grouped by severity, each with its legal reference and what to do. */
const Findings = ({ findings }: { findings: Client['compliance']['findings'] }) => {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const open = findings.filter((f) => f.status === 'FAIL' || f.status === 'UNKNOWN');
  if (open.length === 0) return <Alert color="green">{t('clients.overview.noFindings')}</Alert>;
  return (
    <Stack gap="md">
      {SEVERITIES.filter((severity) => open.some((f) => f.severity === severity)).map((severity) => (
        <div key={severity}>
          <Title order={3} fz="md" mb="xs">
            {t(`clients.overview.severity.${severity}`)}
          </Title>
          <Stack gap="xs">
            {open
              .filter((f) => f.severity === severity)
              .map((f) => (
                <Paper key={`${f.ruleId}-${f.accountId ?? ''}`} withBorder p="sm">
                  <Group gap="xs" mb={4}>
                    {/* Gray for "unclear": orange or yellow text on its light badge fails WCAG contrast. */}
                    <Badge variant="light" color={f.status === 'FAIL' ? 'red' : 'gray'}>
                      {t(`whatsapp.findingStatus.${f.status}` as 'whatsapp.findingStatus.FAIL')}
                    </Badge>
                    <Text fw={600}>{english ? f.titleEn : f.title}</Text>
                  </Group>
                  <Text size="sm">{english ? f.remediationEn : f.remediation}</Text>
                  <Text size="xs" c="dimmed" mt={4}>
                    {f.ruleId} · {f.legalReference}
                  </Text>
                </Paper>
              ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
};

export const ClientOverview = ({ client }: { client: Client }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const address = [client.street, [client.postalCode, client.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const none = t('common.none');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="client-status-heading">
          <Title order={2} size="h3" id="client-status-heading" mb="sm">
            {t('clients.overview.status')}
          </Title>
          <SimpleGrid cols={2} component="dl" m={0}>
            <Fact label={t('clients.overview.level')}>
              <LevelBadge level={client.compliance.level} />
            </Fact>
            <Fact label={t('clients.overview.score')}>{format.number(client.compliance.score)} / 100</Fact>
            <Fact label={t('clients.overview.openTasks')}>{format.number(client.openTaskCount)}</Fact>
            <Fact label={t('clients.overview.nextReview')}>
              {client.nextReviewAt ? format.date(client.nextReviewAt) : none}
            </Fact>
            <Fact label={t('clients.overview.consentsConfirmed')}>
              {format.number(client.consentStats.confirmed)}
            </Fact>
            <Fact label={t('clients.overview.consentsPending')}>
              {format.number(client.consentStats.pending)}
            </Fact>
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="client-contact-heading">
          <Title order={2} size="h3" id="client-contact-heading" mb="sm">
            {t('clients.overview.contact')}
          </Title>
          <SimpleGrid cols={2} component="dl" m={0}>
            <Fact label={t('clients.overview.contactName')}>{client.contactName ?? none}</Fact>
            <Fact label={t('clients.overview.contactEmail')}>{client.contactEmail ?? none}</Fact>
            <Fact label={t('clients.overview.address')}>{address || none}</Fact>
            <Fact label={t('clients.overview.dpo')}>{client.assignedDpo?.name ?? none}</Fact>
            <Fact label={t('clients.overview.createdAt')}>{format.date(client.createdAt)}</Fact>
          </SimpleGrid>
        </Paper>
      </SimpleGrid>
      <section aria-labelledby="client-findings-heading">
        <Title order={2} size="h3" id="client-findings-heading">
          {t('clients.overview.findings')}
        </Title>
        <Findings findings={client.compliance.findings} />
      </section>
    </Stack>
  );
};
