import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import {
  ConfigureSsoMutation,
  SsoOptionsQuery,
  SsoSettingsFields,
  SsoSettingsQuery,
} from '../graphql/SsoOperations';
import type { SsoSettingsInput } from '../../../gql/graphql';

/** The firms whose SSO covers this email address (asked once the address looks complete). */
export const useSsoOptions = (email: string | null) => {
  const { data } = useQuery(SsoOptionsQuery, {
    variables: { email: email ?? '' },
    skip: !email,
    context: { skipAuthRefresh: true },
  });
  return email ? (data?.ssoOptions ?? []) : [];
};

/** The firm's SSO settings and saving them (owners). */
export const useSsoSettings = () => {
  const { data, loading, error, refetch } = useQuery(SsoSettingsQuery);
  const [mutate, { loading: saving }] = useMutation(ConfigureSsoMutation, {
    refetchQueries: [SsoSettingsQuery],
  });
  return {
    settings: data ? getFragmentData(SsoSettingsFields, data.ssoSettings) : null,
    loading,
    error,
    retry: () => void refetch(),
    save: async (input: SsoSettingsInput): Promise<void> => {
      await mutate({ variables: { input } });
    },
    saving,
  };
};
