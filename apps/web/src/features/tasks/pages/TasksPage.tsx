import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Select, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskStatus } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TaskInboxQuery, UpdateTaskStatusMutation } from '../graphql/tasks';
import { Loading } from '../../../shared/ui/Loading';

const STATUSES: TaskStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED'];
const ACTIVE: TaskStatus[] = ['OPEN', 'IN_PROGRESS'];
const PRIORITY_COLOR: Record<string, string> = {
  CRITICAL: 'red',
  HIGH: 'orange',
  MEDIUM: 'yellow',
  LOW: 'gray',
};

/** The firm-wide task inbox: every client's tasks, open ones first by due date. */
export const TasksPage = () => {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<'ACTIVE' | TaskStatus>('ACTIVE');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const filter = { status: status === 'ACTIVE' ? ACTIVE : [status], overdue: overdueOnly ? true : null };
  const { data, loading, error, refetch } = useQuery(TaskInboxQuery, { variables: { filter, first: 200 } });
  const [update, updating] = useMutation(UpdateTaskStatusMutation);
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const tasks = data?.tasks.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader title={t('tasks.title')} description={t('tasks.description')} />
      <Group mb="md" align="flex-end">
        <Select
          label={t('tasks.statusFilter')}
          value={status}
          onChange={(value) => value && setStatus(value as 'ACTIVE' | TaskStatus)}
          allowDeselect={false}
          data={[
            { value: 'ACTIVE', label: t('tasks.active') },
            ...STATUSES.map((value) => ({ value, label: t(`tasks.status.${value}`) })),
          ]}
          w={220}
        />
        <Switch
          label={t('tasks.overdueOnly')}
          checked={overdueOnly}
          onChange={(event) => setOverdueOnly(event.currentTarget.checked)}
          mb={6}
        />
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {updating.error ? <ErrorAlert error={updating.error} /> : null}
      {loading && !data ? <Loading minHeight={120} /> : null}
      {data ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('tasks.count', { count: data.tasks.totalCount })}
        </Text>
      ) : null}
      {data && tasks.length === 0 ? <Text>{t('tasks.empty')}</Text> : null}
      {tasks.length > 0 ? (
        <Table striped aria-label={t('tasks.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tasks.task')}</Table.Th>
              <Table.Th>{t('tasks.client')}</Table.Th>
              <Table.Th>{t('tasks.priority')}</Table.Th>
              <Table.Th>{t('tasks.due')}</Table.Th>
              <Table.Th>{t('tasks.assignee')}</Table.Th>
              <Table.Th>{t('tasks.statusFilter')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  {task.title}
                  <Text size="xs" c="dimmed">
                    {t(`tasks.source.${task.source}`)}
                    {task.ruleId ? ` · ${task.ruleId}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${task.client.id}`}>
                    {task.client.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={PRIORITY_COLOR[task.priority] ?? 'gray'}>
                    {t(`tasks.priorities.${task.priority}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {task.dueAt ? formatDate(task.dueAt) : '—'}
                  {task.overdue ? (
                    <Badge ml="xs" variant="light" color="red">
                      {t('tasks.overdue')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{task.assignee?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('tasks.statusOf', { title: task.title, client: task.client.name })}
                    value={task.status}
                    allowDeselect={false}
                    data={STATUSES.map((value) => ({ value, label: t(`tasks.status.${value}`) }))}
                    onChange={(value) => {
                      if (!value || value === task.status) return;
                      void update({ variables: { id: task.id, input: { status: value as TaskStatus } } })
                        .then(() => refetch())
                        .catch(() => undefined);
                    }}
                    w={170}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
};
