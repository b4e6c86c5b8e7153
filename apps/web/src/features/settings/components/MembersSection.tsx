import { useQuery } from '@apollo/client/react';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/i18n/useFormat';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { MembersQuery } from '../graphql/MembersQuery';
import { Loading } from '../../../shared/ui/Loading';

export const MembersSection = ({ clientNames }: { clientNames: ReadonlyMap<string, string> }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MembersQuery);

  const body = () => {
    if (loading && !data) {
      return <Loading minHeight={80} size="sm" />;
    }
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    const members = data?.members ?? [];
    if (members.length === 0) return <Text c="dimmed">{t('settings.members.empty')}</Text>;
    return (
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.members.name')}</Table.Th>
              <Table.Th scope="col">{t('settings.members.email')}</Table.Th>
              <Table.Th scope="col">{t('settings.members.role')}</Table.Th>
              <Table.Th scope="col">{t('settings.members.since')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  {t(`roles.${member.role}`)}
                  {member.clientId ? ` · ${clientNames.get(member.clientId) ?? ''}` : ''}
                </Table.Td>
                <Table.Td>{format.date(member.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        {t('settings.members.title')}
      </Title>
      {body()}
    </Paper>
  );
};
