import { Anchor, Badge, Group, Select, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskInboxQuery, TaskStatus } from '../../../gql/graphql';
import { useLanguageFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useTaskInbox } from '../hooks/useTaskInbox';

type Task = TaskInboxQuery['tasks']['edges'][number]['node'];

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
  const { t } = useTranslation();
  const format = useLanguageFormat();
  const [status, setStatus] = useState<'ACTIVE' | TaskStatus>('ACTIVE');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const filter = { status: status === 'ACTIVE' ? ACTIVE : [status], overdue: overdueOnly ? true : null };
  const inbox = useTaskInbox(filter);

  const columns: DataTableColumn<Task>[] = [
    {
      key: 'task',
      header: t('tasks.task'),
      cell: (task) => (
        <>
          {task.title}
          <Text size="xs" c="dimmed">
            {t(`tasks.source.${task.source}`)}
            {task.ruleId ? ` · ${task.ruleId}` : ''}
          </Text>
        </>
      ),
    },
    {
      key: 'client',
      header: t('tasks.client'),
      cell: (task) => (
        <Anchor component={Link} to={`/clients/${task.client.id}`}>
          {task.client.name}
        </Anchor>
      ),
    },
    {
      key: 'priority',
      header: t('tasks.priority'),
      cell: (task) => (
        <Badge variant="light" color={PRIORITY_COLOR[task.priority] ?? 'gray'}>
          {t(`tasks.priorities.${task.priority}`)}
        </Badge>
      ),
    },
    {
      key: 'due',
      header: t('tasks.due'),
      cell: (task) => (
        <>
          {task.dueAt ? format.date(task.dueAt) : '—'}
          {task.overdue ? (
            <Badge ml="xs" variant="light" color="red">
              {t('tasks.overdue')}
            </Badge>
          ) : null}
        </>
      ),
    },
    { key: 'assignee', header: t('tasks.assignee'), cell: (task) => task.assignee?.name ?? '—' },
    {
      key: 'status',
      header: t('tasks.statusFilter'),
      cell: (task) => (
        <Select
          aria-label={t('tasks.statusOf', { title: task.title, client: task.client.name })}
          value={task.status}
          allowDeselect={false}
          data={STATUSES.map((value) => ({ value, label: t(`tasks.status.${value}`) }))}
          onChange={(value) => {
            if (value && value !== task.status) inbox.setStatus(task.id, value);
          }}
          w={170}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('tasks.title')} description={t('tasks.description')} />
      <Group mb="md" align="flex-end">
        <Select
          label={t('tasks.statusFilter')}
          value={status}
          onChange={(value) => value && setStatus(value)}
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
      {inbox.error ? <ErrorAlert error={inbox.error} onRetry={inbox.retry} /> : null}
      {inbox.updateError ? <ErrorAlert error={inbox.updateError} /> : null}
      {inbox.tasks ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('tasks.count', { count: inbox.totalCount })}
        </Text>
      ) : null}
      <DataTable
        columns={columns}
        rows={inbox.tasks}
        rowKey={(task) => task.id}
        loading={inbox.loading}
        empty={<Text>{t('tasks.empty')}</Text>}
        striped
        aria-label={t('tasks.title')}
      />
    </>
  );
};
