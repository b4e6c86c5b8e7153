import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { BreachClock } from '../../breaches/components/BreachClock';
import { FirmDeadlinesQuery } from '../graphql/deadlines';

const day = (value: string) => value.split('-').reverse().join('.');

/** Every client's running legal clocks, soonest first: breaches to notify (72 h), then requests to answer. */
export const DeadlinesPage = () => {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(FirmDeadlinesQuery, { pollInterval: 60_000 });
  if (loading && !data) return <Loading minHeight={200} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const breaches = (data?.breaches.edges ?? [])
    .map((edge) => edge.node)
    .filter((breach) => breach.notificationRequired && !breach.notifiedAt)
    .sort((a, b) => a.notificationDeadline.localeCompare(b.notificationDeadline));
  const requests = data?.dataSubjectRequests.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader title={t('deadlines.title')} description={t('deadlines.description')} />
      <Title order={2} size="h3">
        {t('deadlines.breaches')}
      </Title>
      {breaches.length === 0 ? (
        <Text c="dimmed">{t('deadlines.noBreaches')}</Text>
      ) : (
        <Table aria-label={t('deadlines.breaches')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deadlines.client')}</Table.Th>
              <Table.Th>{t('deadlines.breach')}</Table.Th>
              <Table.Th>{t('deadlines.clock')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {breaches.map((breach) => (
              <Table.Tr key={breach.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${breach.clientId}?tab=breaches`}>
                    {breach.clientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{breach.title}</Table.Td>
                <Table.Td>
                  <BreachClock deadline={breach.notificationDeadline} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h3">
        {t('deadlines.requests')}
      </Title>
      {requests.length === 0 ? (
        <Text c="dimmed">{t('deadlines.noRequests')}</Text>
      ) : (
        <Table aria-label={t('deadlines.requests')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deadlines.client')}</Table.Th>
              <Table.Th>{t('requests.type')}</Table.Th>
              <Table.Th>{t('requests.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${request.clientId}?tab=requests`}>
                    {request.clientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`requests.types.${request.type}`)}</Table.Td>
                <Table.Td>
                  {day(request.dueOn)}
                  {request.overdue ? (
                    <Badge color="red" ml="xs">
                      {t('requests.overdue')}
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};
