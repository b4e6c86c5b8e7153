import { useLazyQuery } from '@apollo/client/react';
import { VerifyAuditChainQuery } from '../graphql/audit';

/** Walks the whole hash chain on the server when asked; the answer says whether it is intact. */
export const useVerifyAuditChain = () => {
  const [verify, { data, loading, error }] = useLazyQuery(VerifyAuditChainQuery, {
    fetchPolicy: 'network-only',
  });
  return { verify: () => void verify(), result: data?.verifyAuditChain, verifying: loading, error };
};
