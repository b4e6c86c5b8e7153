import { useQuery } from '@apollo/client/react';
import type { MessagingChannelsQuery as Result } from '../../../gql/graphql';
import { MessagingChannelsQuery } from '../graphql/MessagingChannelsQuery';

export type MessagingChannel = Result['messagingChannels'][number];

/** A client's messaging channels with their latest deliveries. */
export const useMessagingChannels = (clientId: string) => {
  const { data, loading, error, refetch } = useQuery(MessagingChannelsQuery, {
    variables: { clientId },
    fetchPolicy: 'cache-and-network',
  });
  return { channels: data?.messagingChannels ?? [], loading: loading && !data, error, refetch };
};
