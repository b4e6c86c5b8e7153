import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceDecision } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useAcknowledgeAdvice, type ClientAdvice } from '../hooks/useClientAdvice';

const STATUS_COLOR = { OPEN: 'blue', ACCEPTED: 'gray', DECLINED: 'red' } as const;

/** One advice: what the DPO advised, and the client's answer (or, for the client's admin, the form to give it). */
export const AdviceCard = ({ advice, canAcknowledge }: { advice: ClientAdvice; canAcknowledge: boolean }) => {
  const { t, i18n } = useTranslation();
  const { acknowledge, acknowledging } = useAcknowledgeAdvice();
  const [comment, setComment] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<'comment'>();
  const date = (value: string) => new Date(value).toLocaleDateString(i18n.language);

  const answer = async (decision: AdviceDecision) => {
    reset();
    try {
      await acknowledge(advice.id, decision, comment);
    } catch (problem) {
      applyApiError(problem, ['comment']);
    }
  };

  return (
    <Card withBorder component="article" aria-label={advice.subject} data-advice={advice.id}>
      <Group justify="space-between" align="flex-start">
        <Title order={3} fz="md">
          {advice.subject}
        </Title>
        <Group gap="xs">
          {advice.overdue ? <Badge color="red">{t('advice.overdue')}</Badge> : null}
          <Badge color={STATUS_COLOR[advice.status]} variant="light">
            {t(`advice.status.${advice.status}`)}
          </Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('advice.recorded', { date: date(advice.recordedAt), name: advice.recordedByName ?? '—' })}
        {advice.dueAt ? ` · ${t('advice.dueAt', { date: date(advice.dueAt) })}` : ''}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {advice.body}
      </Text>
      <Text size="sm" mt="xs">
        <strong>{t('advice.recommendation')}:</strong> {advice.recommendation}
      </Text>
      {advice.riskIfIgnored ? (
        <Text size="sm">
          <strong>{t('advice.riskIfIgnored')}:</strong> {advice.riskIfIgnored}
        </Text>
      ) : null}
      {advice.relatedRuleIds.length ? (
        <Text size="xs" c="dimmed">
          {t('advice.rules')}: {advice.relatedRuleIds.join(', ')}
        </Text>
      ) : null}
      {advice.acknowledgement ? (
        <Text size="sm" mt="xs">
          {t(`advice.answered.${advice.acknowledgement.decision}`, {
            date: date(advice.acknowledgement.acknowledgedAt),
            name: advice.acknowledgement.acknowledgedByName ?? '—',
          })}
          {advice.acknowledgement.comment ? ` „${advice.acknowledgement.comment}“` : ''}
        </Text>
      ) : canAcknowledge ? (
        <Stack gap="xs" mt="sm">
          <Textarea
            label={t('advice.comment')}
            description={t('advice.commentHint')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.comment}
            autosize
            minRows={2}
          />
          {formError ? <ErrorAlert error={formError} /> : null}
          <Group>
            <Button onClick={() => void answer('ACCEPTED')} loading={acknowledging}>
              {t('advice.accept')}
            </Button>
            <Button variant="default" onClick={() => void answer('DECLINED')} loading={acknowledging}>
              {t('advice.decline')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Card>
  );
};
