import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembersQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { useMembers } from '../hooks/useMembers';

type Member = MembersQuery['members'][number];

export const MembersSection = ({ clientNames }: { clientNames: ReadonlyMap<string, string> }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { members, loading, error, retry } = useMembers();
  const columns: DataTableColumn<Member>[] = [
    { key: 'name', header: t('settings.members.name'), cell: (member) => member.name },
    { key: 'email', header: t('settings.members.email'), cell: (member) => member.email },
    {
      key: 'role',
      header: t('settings.members.role'),
      cell: (member) => (
        <>
          {t(`roles.${member.role}`)}
          {member.clientId ? ` · ${clientNames.get(member.clientId) ?? ''}` : ''}
        </>
      ),
    },
    { key: 'since', header: t('settings.members.since'), cell: (member) => format.date(member.createdAt) },
  ];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        {t('settings.members.title')}
      </Title>
      <DataTable
        columns={columns}
        rows={members}
        rowKey={(member) => member.id}
        loading={loading}
        loadingHeight={80}
        loadingSize="sm"
        error={error}
        onRetry={retry}
        empty={t('settings.members.empty')}
        minWidth={560}
      />
    </Paper>
  );
};
