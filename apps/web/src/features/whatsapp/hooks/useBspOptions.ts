import { useQuery } from '@apollo/client/react';
import { WhatsAppBspOptionsQuery } from '../graphql/accounts';

/** The firm's BSP catalogue as choices. Client users may not read it: then `unavailable`, and no choice is offered. */
export const useBspOptions = () => {
  const { data, loading, error } = useQuery(WhatsAppBspOptionsQuery);
  return { bsps: data?.bsps ?? [], loading, unavailable: error !== undefined };
};
