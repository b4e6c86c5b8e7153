import { QUESTIONNAIRE } from '@klarsicht/compliance-rules';
import { isClientRole } from '@klarsicht/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ClientDetailQuery } from '../../clients/graphql/ClientDetailQuery';
import { ClientAccountsQuery } from '../graphql/accounts';
import {
  AccountAttestationsQuery,
  AttachEvidenceMutation,
  ReviewAnswerMutation,
} from '../graphql/attestations';

// Gray, blue and red only: light orange and yellow badges fail WCAG contrast.
const STATE_COLOR: Record<string, string> = { CLAIMED: 'blue', VERIFIED: 'gray', REJECTED: 'red' };

/**
 * Who gave each answer and its state (docs/judgement.md § Client attestations): the DPO verifies or rejects a
 * client's claimed answer; the client attaches one of its documents as evidence.
 */
export const AttestationPanel = ({ clientId, accountId }: { clientId: string; accountId: string }) => {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const viewer = useViewer();
  const firm = !isClientRole(viewer.role);
  const { data, error, refetch } = useQuery(AccountAttestationsQuery, { variables: { id: clientId } });
  const refresh = {
    refetchQueries: [
      { query: ClientDetailQuery, variables: { id: clientId } },
      { query: ClientAccountsQuery, variables: { id: clientId } },
    ],
    awaitRefetchQueries: true,
  };
  const [review, reviewing] = useMutation(ReviewAnswerMutation, refresh);
  const [attach, attaching] = useMutation(AttachEvidenceMutation);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);

  const attestations = data?.client?.whatsAppAccounts.find((a) => a.id === accountId)?.attestations ?? [];
  const documents = data?.documents.edges.map((e) => e.node) ?? [];
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (attestations.length === 0) return null;
  const question = (key: string) => {
    const q = QUESTIONNAIRE.find((candidate) => candidate.key === key);
    return q ? (english ? q.textEn : q.textDe) : key;
  };
  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      await refetch();
    } catch (failure) {
      setProblem(failure);
    }
  };

  return (
    <Stack gap="xs" mt="lg" component="section" aria-label={t('attestations.title')}>
      <Title order={4} fz="md">
        {t('attestations.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('attestations.hint')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('attestations.question')}</Table.Th>
            <Table.Th>{t('attestations.state')}</Table.Th>
            <Table.Th>{t('attestations.evidence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attestations.map((a) => (
            <Table.Tr key={a.key} data-answer={a.key}>
              <Table.Td>
                <Text size="sm">{question(a.key)}</Text>
                <Text size="xs" c="dimmed">
                  {a.value === null
                    ? t('whatsapp.answer.unknown')
                    : a.value
                      ? t('whatsapp.answer.yes')
                      : t('whatsapp.answer.no')}{' '}
                  · {a.answeredByName ?? '—'}
                </Text>
                {a.reviewComment ? <Text size="xs">„{a.reviewComment}“</Text> : null}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={STATE_COLOR[a.state]} variant="light">
                    {t(`attestations.states.${a.state}`)}
                  </Badge>
                  {a.expired ? <Badge color="red">{t('attestations.expired')}</Badge> : null}
                </Group>
                {firm && a.state === 'CLAIMED' ? (
                  <Stack gap={4} mt={4}>
                    <TextInput
                      size="xs"
                      aria-label={t('attestations.comment')}
                      placeholder={t('attestations.comment')}
                      value={comments[a.key] ?? ''}
                      onChange={(e) => setComments({ ...comments, [a.key]: e.currentTarget.value })}
                    />
                    <Group gap={4}>
                      <Button
                        size="xs"
                        loading={reviewing.loading}
                        onClick={() =>
                          void run(() =>
                            review({ variables: { accountId, key: a.key, input: { decision: 'VERIFIED' } } }),
                          )
                        }
                      >
                        {t('attestations.verify')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        loading={reviewing.loading}
                        onClick={() =>
                          void run(() =>
                            review({
                              variables: {
                                accountId,
                                key: a.key,
                                input: { decision: 'REJECTED', comment: comments[a.key] || null },
                              },
                            }),
                          )
                        }
                      >
                        {t('attestations.reject')}
                      </Button>
                    </Group>
                  </Stack>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={t('attestations.evidenceFor', { question: question(a.key) })}
                  placeholder={t('attestations.noEvidence')}
                  data={documents.map((d) => ({ value: d.id, label: d.title }))}
                  value={a.evidenceDocumentId}
                  disabled={attaching.loading || documents.length === 0}
                  onChange={(documentId) =>
                    documentId
                      ? void run(() => attach({ variables: { accountId, key: a.key, documentId } }))
                      : undefined
                  }
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {problem ? <ErrorAlert error={problem} /> : null}
    </Stack>
  );
};
