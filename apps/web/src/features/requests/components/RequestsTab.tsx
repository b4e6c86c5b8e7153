import { roleAllows } from '@klarsicht/shared';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useClientRequests } from '../hooks/useClientRequests';
import { CreateRequestForm } from './CreateRequestForm';
import { IntakeFormSettings } from './IntakeFormSettings';
import { RequestDialog } from './RequestDialog';

const day = (value: string) => value.split('-').reverse().join('.');

/** A client's data subject requests, soonest due first, with their Art. 12(3) deadline. */
export const RequestsTab = () => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const viewer = useViewer();
  const canWrite = roleAllows(viewer.role, 'requests', 'write');
  const { requests, loading, error, refetch } = useClientRequests(clientId);
  const [openId, setOpenId] = useState<string | null>(null);
  const selected = requests.find((request) => request.id === openId);

  if (loading) return <Loading minHeight={120} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="lg">
      {canWrite ? <CreateRequestForm clientId={clientId} /> : null}
      <IntakeFormSettings clientId={clientId} canWrite={canWrite} />
      {requests.length === 0 ? (
        <Text c="dimmed">{t('requests.empty')}</Text>
      ) : (
        <Table aria-label={t('requests.listLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('requests.type')}</Table.Th>
              <Table.Th>{t('requests.receivedAt')}</Table.Th>
              <Table.Th>{t('requests.phone')}</Table.Th>
              <Table.Th>{t('requests.due')}</Table.Th>
              <Table.Th>{t('requests.status')}</Table.Th>
              {canWrite ? <Table.Th>{t('requests.handle')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>{t(`requests.types.${request.type}`)}</Table.Td>
                <Table.Td>
                  {new Date(request.receivedAt).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })}
                </Table.Td>
                <Table.Td>{request.maskedPhoneNumber ?? '–'}</Table.Td>
                <Table.Td>
                  {day(request.dueOn)}
                  {request.overdue ? (
                    <Badge color="red" ml="xs">
                      {t('requests.overdue')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{t(`requests.statuses.${request.status}`)}</Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setOpenId(request.id)}>
                      {t('requests.handle')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {selected ? <RequestDialog request={selected} onClose={() => setOpenId(null)} /> : null}
    </Stack>
  );
};
