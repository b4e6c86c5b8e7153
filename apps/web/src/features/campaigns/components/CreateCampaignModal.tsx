import { FEDERAL_STATES } from '@klarsicht/shared';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  MultiSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceLevel } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useCreateCampaign } from '../hooks/useCampaigns';

const LEVELS: ComplianceLevel[] = ['RED', 'AMBER', 'GREEN'];
type Question = { textDe: string; textEn: string };
type Field = 'title' | 'body' | 'dueAt';

/**
 * Publishes a requirement to the firm's clients: those of the chosen levels and federal states (none chosen: all),
 * each with a task and the new yes/no questions.
 */
export const CreateCampaignModal = ({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) => {
  const { t } = useTranslation();
  const { create, creating } = useCreateCampaign();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [levels, setLevels] = useState<string[]>([]);
  const [states, setStates] = useState<string[]>([]);
  const [questions, setQuestions] = useState<Question[]>([{ textDe: '', textEn: '' }]);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();

  const setQuestion = (index: number, change: Partial<Question>) =>
    setQuestions((current) => current.map((q, i) => (i === index ? { ...q, ...change } : q)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!title.trim()) missing.title = t('campaigns.create.required');
    if (!body.trim()) missing.body = t('campaigns.create.required');
    reset(missing);
    if (Object.keys(missing).length) return;
    const asked = questions.filter((q) => q.textDe.trim());
    try {
      const id = await create({
        title: title.trim(),
        body: body.trim(),
        dueAt: dueAt ? new Date(`${dueAt}T23:59:59`).toISOString() : null,
        filter: {
          levels: levels.length ? (levels as ComplianceLevel[]) : null,
          federalStates: states.length ? states : null,
        },
        // Keys are the questions' places: q1, q2, … (unique within the campaign, as the api asks).
        questions: asked.map((q, i) => ({
          key: `q${i + 1}`,
          textDe: q.textDe.trim(),
          textEn: q.textEn.trim() || q.textDe.trim(),
        })),
      });
      onCreated(id);
    } catch (error) {
      applyApiError(error, ['title', 'body', 'dueAt']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('campaigns.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} aria-label={t('campaigns.create.title')} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('campaigns.create.name')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            required
          />
          <Textarea
            label={t('campaigns.create.body')}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={errors.body}
            autosize
            minRows={3}
            required
          />
          <TextInput
            type="date"
            label={t('campaigns.create.dueAt')}
            value={dueAt}
            onChange={(event) => setDueAt(event.currentTarget.value)}
            error={errors.dueAt}
            w={200}
          />
          <Text size="sm" fw={600}>
            {t('campaigns.create.recipients')}
          </Text>
          <Group grow align="flex-start">
            <MultiSelect
              label={t('campaigns.create.levels')}
              placeholder={t('campaigns.create.all')}
              data={LEVELS.map((value) => ({ value, label: t(`compliance.level.${value}`) }))}
              value={levels}
              onChange={setLevels}
            />
            <MultiSelect
              label={t('campaigns.create.states')}
              placeholder={t('campaigns.create.all')}
              data={FEDERAL_STATES.map((value) => ({ value, label: t(`federalStates.${value}`) }))}
              value={states}
              onChange={setStates}
              searchable
            />
          </Group>
          <Text size="sm" fw={600}>
            {t('campaigns.create.questions')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('campaigns.create.questionsHint')}
          </Text>
          {questions.map((q, index) => (
            <Group key={index} align="flex-end" wrap="nowrap">
              <TextInput
                label={t('campaigns.create.questionDe', { n: index + 1 })}
                value={q.textDe}
                onChange={(event) => setQuestion(index, { textDe: event.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('campaigns.create.questionEn', { n: index + 1 })}
                value={q.textEn}
                onChange={(event) => setQuestion(index, { textEn: event.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('campaigns.create.removeQuestion', { n: index + 1 })}
                onClick={() => setQuestions((current) => current.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            onClick={() => setQuestions((current) => [...current, { textDe: '', textEn: '' }])}
            w="fit-content"
          >
            {t('campaigns.create.addQuestion')}
          </Button>
          {formError ? <ErrorAlert error={formError} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating}>
              {t('campaigns.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
