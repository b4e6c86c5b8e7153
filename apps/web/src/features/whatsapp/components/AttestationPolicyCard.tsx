import { Button, Card, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { AttestationPolicyQuery, SetAttestationPolicyMutation } from '../graphql/attestations';

/**
 * The firm's switch per client (docs/judgement.md § Attestations): whether the client's own answers count for
 * CRITICAL/HIGH rules before the DPO verified them, and after how many months answers must be given again.
 */
export const AttestationPolicyCard = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  const { data, error } = useQuery(AttestationPolicyQuery, { variables: { clientId } });
  const [save, saving] = useMutation(SetAttestationPolicyMutation, {
    refetchQueries: [AttestationPolicyQuery, ClientDetailQuery],
    awaitRefetchQueries: true,
  });
  const policy = data?.client?.attestationPolicy;
  const [accept, setAccept] = useState(false);
  const [months, setMonths] = useState<string | number>(12);
  useEffect(() => {
    if (!policy) return;
    setAccept(policy.acceptClaimedAnswers);
    setMonths(policy.reattestationMonths);
  }, [policy]);
  if (error) return <ErrorAlert error={error} />;
  if (!policy) return null;
  const changed = accept !== policy.acceptClaimedAnswers || Number(months) !== policy.reattestationMonths;

  return (
    <Card withBorder padding="md" component="section" aria-label={t('attestations.policy.title')}>
      <Stack gap="sm">
        <Text fw={600}>{t('attestations.policy.title')}</Text>
        <Switch
          label={t('attestations.policy.accept')}
          description={t('attestations.policy.acceptHint')}
          checked={accept}
          onChange={(event) => setAccept(event.currentTarget.checked)}
        />
        <Group align="flex-end">
          <NumberInput
            label={t('attestations.policy.months')}
            value={months}
            onChange={setMonths}
            min={1}
            max={60}
            allowDecimal={false}
            w={220}
          />
          <Button
            disabled={!changed || typeof months !== 'number'}
            loading={saving.loading}
            onClick={() =>
              void save({
                variables: {
                  clientId,
                  input: { acceptClaimedAnswers: accept, reattestationMonths: Number(months) },
                },
              }).catch(() => undefined)
            }
          >
            {t('common.save')}
          </Button>
        </Group>
        {saving.error ? <ErrorAlert error={saving.error} /> : null}
      </Stack>
    </Card>
  );
};
