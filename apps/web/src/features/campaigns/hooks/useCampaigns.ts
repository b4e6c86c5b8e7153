import { useMutation, useQuery } from '@apollo/client/react';
import type { CreateCampaignInput } from '../../../gql/graphql';
import { CampaignQuery, CampaignsQuery, CreateCampaignMutation } from '../graphql/campaigns';

/** The firm's campaigns, newest first. */
export const useCampaigns = () => {
  const { data, loading, error, refetch } = useQuery(CampaignsQuery, { fetchPolicy: 'cache-and-network' });
  return { campaigns: data?.campaigns ?? [], loading: loading && !data, error, refetch };
};

/** One campaign with its progress per client. */
export const useCampaign = (id: string) => {
  const { data, loading, error, refetch } = useQuery(CampaignQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { campaign: data?.campaign ?? null, loading: loading && !data, error, refetch };
};

export const useCreateCampaign = () => {
  const [mutate, { loading }] = useMutation(CreateCampaignMutation, { refetchQueries: [CampaignsQuery] });
  const create = async (input: CreateCampaignInput): Promise<string> => {
    const result = await mutate({ variables: { input } });
    return result.data?.createCampaign.id ?? '';
  };
  return { create, creating: loading };
};
