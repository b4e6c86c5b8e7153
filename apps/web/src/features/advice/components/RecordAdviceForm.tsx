import { Button, Card, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useRecordAdvice } from '../hooks/useClientAdvice';

const EMPTY = { subject: '', body: '', recommendation: '', riskIfIgnored: '', dueOn: '' };
type Field = 'subject' | 'body' | 'recommendation' | 'riskIfIgnored' | 'dueAt';

/** The DPO records advice to the client (it cannot be changed afterwards). */
export const RecordAdviceForm = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  const { record, recording } = useRecordAdvice(clientId);
  const [form, setForm] = useState(EMPTY);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    try {
      await record({
        subject: form.subject,
        body: form.body,
        recommendation: form.recommendation,
        riskIfIgnored: form.riskIfIgnored,
        dueAt: form.dueOn ? new Date(`${form.dueOn}T23:59:00`).toISOString() : null,
      });
      setForm(EMPTY);
    } catch (problem) {
      applyApiError(problem, ['subject', 'body', 'recommendation', 'riskIfIgnored', 'dueAt']);
    }
  };
  const field = (name: keyof typeof EMPTY) => ({
    value: form[name],
    onChange: (e: { currentTarget: { value: string } }) =>
      setForm({ ...form, [name]: e.currentTarget.value }),
  });

  return (
    <Card withBorder component="section" aria-labelledby="record-advice">
      <Title order={3} fz="lg" id="record-advice" mb="sm">
        {t('advice.record')}
      </Title>
      <form onSubmit={(event) => void submit(event)} aria-label={t('advice.record')} noValidate>
        <Stack gap="xs">
          <TextInput label={t('advice.subject')} required {...field('subject')} error={errors.subject} />
          <Textarea
            label={t('advice.body')}
            required
            autosize
            minRows={3}
            {...field('body')}
            error={errors.body}
          />
          <Textarea
            label={t('advice.recommendation')}
            required
            autosize
            minRows={2}
            {...field('recommendation')}
            error={errors.recommendation}
          />
          <Textarea
            label={t('advice.riskIfIgnored')}
            autosize
            minRows={1}
            {...field('riskIfIgnored')}
            error={errors.riskIfIgnored}
          />
          <TextInput type="date" label={t('advice.due')} {...field('dueOn')} error={errors.dueAt} />
          {formError ? <ErrorAlert error={formError} /> : null}
          <Group>
            <Button type="submit" loading={recording}>
              {t('advice.recordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};
