import { useMutation, useQuery } from '@apollo/client/react';
import type { TaskFilter, TaskStatus } from '../../../gql/graphql';
import { TaskInboxQuery, UpdateTaskStatusMutation } from '../graphql/tasks';

/** The firm-wide task inbox for a filter, and moving a task to another status (the list is then reloaded). */
export const useTaskInbox = (filter: TaskFilter) => {
  const { data, loading, error, refetch } = useQuery(TaskInboxQuery, { variables: { filter, first: 200 } });
  const [update, updating] = useMutation(UpdateTaskStatusMutation);
  const setStatus = (id: string, status: TaskStatus): void => {
    // A failed update shows as updateError; the list stays as it was.
    void update({ variables: { id, input: { status } } })
      .then(() => refetch())
      .catch(() => undefined);
  };
  return {
    tasks: data?.tasks.edges.map((edge) => edge.node),
    totalCount: data?.tasks.totalCount ?? 0,
    loading,
    error,
    retry: () => void refetch(),
    setStatus,
    updateError: updating.error,
  };
};
