import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import type {
  ClientProcessingActivitiesQuery as ActivitiesResult,
  DpiaCriterion,
  DpiaRiskInput,
  ProcessingRecordInput,
  TomStatus,
} from '../../../gql/graphql';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import {
  ApplyProcessingTemplateMutation,
  ApproveDpiaMutation,
  ApproveProcessingActivityMutation,
  ClientProcessingActivitiesQuery,
  CreateProcessingActivityMutation,
  DpiaScreeningQuery,
  ProcessingRecordFields,
  ProcessingTemplatesQuery,
  SaveDpiaMutation,
  SaveDpiaScreeningMutation,
  SetTechnicalMeasureStatusMutation,
  SubmitProcessingActivityMutation,
  TechnicalMeasuresQuery,
  UpdateProcessingActivityMutation,
} from '../graphql/registers';

export type ProcessingActivity = ActivitiesResult['processingActivities']['edges'][number]['node'];

// Every change can move a finding (WA-PROCESSING-RECORD, PROC-*, WA-DPIA) and so the level in the page header.
const REFETCH = [ClientProcessingActivitiesQuery, ClientDetailQuery];
const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };

export const useProcessingActivities = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(ClientProcessingActivitiesQuery, {
    variables: { clientId },
  });
  return {
    activities: data?.processingActivities.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    error,
    refetch,
  };
};

/** The record of a version as plain data (the fragment unmasked). */
export const recordOf = (record: ProcessingActivity['record']) =>
  getFragmentData(ProcessingRecordFields, record);
export type ProcessingRecord = ReturnType<typeof recordOf>;

export const useProcessingTemplates = () => {
  const { data } = useQuery(ProcessingTemplatesQuery);
  return data?.processingTemplates ?? [];
};

export const useRegisterActions = () => {
  const [apply, applying] = useMutation(ApplyProcessingTemplateMutation, options);
  const [create, creating] = useMutation(CreateProcessingActivityMutation, options);
  const [update, updating] = useMutation(UpdateProcessingActivityMutation, options);
  const [submit] = useMutation(SubmitProcessingActivityMutation, options);
  const [approve] = useMutation(ApproveProcessingActivityMutation, options);
  return {
    applyTemplate: async (templateId: string, clientIds: string[]) => {
      await apply({ variables: { input: { templateId, clientIds } } });
    },
    createActivity: async (clientId: string, record: ProcessingRecordInput) => {
      await create({ variables: { input: { clientId, record } } });
    },
    updateActivity: async (id: string, record: ProcessingRecordInput) => {
      await update({ variables: { id, input: { record } } });
    },
    submitActivity: async (id: string) => {
      await submit({ variables: { id } });
    },
    approveActivity: async (id: string) => {
      await approve({ variables: { id } });
    },
    busy: applying.loading || creating.loading || updating.loading,
  };
};

export const useTechnicalMeasures = (clientId: string) => {
  const { data, loading, error } = useQuery(TechnicalMeasuresQuery, { variables: { clientId } });
  const [mutate] = useMutation(SetTechnicalMeasureStatusMutation, {
    refetchQueries: [TechnicalMeasuresQuery],
    awaitRefetchQueries: true,
  });
  return {
    measures: data?.technicalMeasures ?? [],
    loading: loading && !data,
    error,
    /** Status, note and evidence are saved together: what is not given is cleared. */
    setStatus: async (
      measureId: string,
      status: TomStatus,
      details: { note?: string | null; evidenceDocumentId?: string | null } = {},
    ) => {
      await mutate({ variables: { input: { clientId, measureId, status, ...details } } });
    },
  };
};

export const useDpiaScreening = (activityId: string) => {
  const { data, loading, error } = useQuery(DpiaScreeningQuery, { variables: { activityId } });
  const [mutate, saving] = useMutation(SaveDpiaScreeningMutation, {
    refetchQueries: [DpiaScreeningQuery, ClientDetailQuery],
    awaitRefetchQueries: true,
  });
  return {
    screening: data?.dpiaScreening ?? null,
    loading: loading && !data,
    error,
    saving: saving.loading,
    save: async (criteria: DpiaCriterion[], authorityListEntry: string) => {
      await mutate({
        variables: { input: { activityId, criteria, authorityListEntry: authorityListEntry || null } },
      });
    },
  };
};

export const useDpiaActions = (activityId: string) => {
  const refetch = { refetchQueries: [DpiaScreeningQuery, ClientDetailQuery], awaitRefetchQueries: true };
  const [saveMutation, saving] = useMutation(SaveDpiaMutation, refetch);
  const [approveMutation, approving] = useMutation(ApproveDpiaMutation, refetch);
  return {
    saveDpia: async (input: { description: string; necessity: string; risks: DpiaRiskInput[] }) => {
      await saveMutation({ variables: { input: { activityId, ...input } } });
    },
    approveDpia: async () => {
      await approveMutation({ variables: { activityId } });
    },
    busy: saving.loading || approving.loading,
  };
};
