import { useMutation, useQuery } from '@apollo/client/react';
import type { AdviceDecision, ClientAdviceQuery as ClientAdviceResult } from '../../../gql/graphql';
import { AcknowledgeAdviceMutation, ClientAdviceQuery, RecordAdviceMutation } from '../graphql/advice';

export type ClientAdvice = ClientAdviceResult['adviceRecords'][number];

/** A client's advice record, newest first. */
export const useClientAdvice = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(ClientAdviceQuery, { variables: { clientId } });
  return { advice: data?.adviceRecords ?? [], loading: loading && !data, error, refetch };
};

const REFETCH = [ClientAdviceQuery];

export const useRecordAdvice = (clientId: string) => {
  const [mutate, { loading }] = useMutation(RecordAdviceMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const record = async (input: {
    subject: string;
    body: string;
    recommendation: string;
    riskIfIgnored: string;
    dueAt: string | null;
  }) => {
    await mutate({ variables: { input: { clientId, ...input } } });
  };
  return { record, recording: loading };
};

export const useAcknowledgeAdvice = () => {
  const [mutate, { loading }] = useMutation(AcknowledgeAdviceMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const acknowledge = async (id: string, decision: AdviceDecision, comment: string) => {
    await mutate({ variables: { id, input: { decision, comment: comment || null } } });
  };
  return { acknowledge, acknowledging: loading };
};
