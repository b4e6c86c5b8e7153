import {
  Button,
  Card,
  Code,
  Group,
  MultiSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConsentsQuery, ConsentPurpose } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { usePublishConsentText } from '../hooks/usePublishConsentText';
import { ConsentTextReview } from './ConsentTextReview';

const PURPOSES: ConsentPurpose[] = ['MARKETING', 'SERVICE', 'TRANSACTIONAL'];

type ConsentTextsCardProps = {
  clientId: string;
  clientName: string;
  texts: ClientConsentsQuery['consentTexts'];
  onPublished: () => Promise<unknown>;
};

/** The versions of a client's consent text, and publishing a new one. */
export const ConsentTextsCard = ({ clientId, clientName, texts, onPublished }: ConsentTextsCardProps) => {
  const { t } = useTranslation();
  const { publish, publishing } = usePublishConsentText(clientId);
  const [form, setForm] = useState({
    language: 'de',
    purposes: ['MARKETING'] as string[],
    title: '',
    text: '',
  });
  const { errors, formError, applyApiError, reset } = useFieldErrors<'title' | 'text' | 'purposes'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    try {
      await publish({
        language: form.language,
        purposes: form.purposes as ConsentPurpose[],
        title: form.title || null,
        text: form.text,
      });
      setForm({ ...form, title: '', text: '' });
      await onPublished();
    } catch (problem) {
      applyApiError(problem, ['title', 'text', 'purposes']);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="consent-texts">
      <Title order={3} fz="lg" id="consent-texts" mb="sm">
        {t('consents.texts')}
      </Title>
      {texts.length === 0 ? <Text c="dimmed">{t('consents.noTexts')}</Text> : null}
      {texts.map((text) => (
        <Text key={text.id} size="sm">
          v{text.version} · {text.language.toUpperCase()} · {text.title || '—'} ·{' '}
          {text.purposes.map((p) => t(`consent.purpose.${p}`)).join(', ')} ·{' '}
          <Code>{text.sha256.slice(0, 12)}…</Code> ·{' '}
          {text.findings
            ? t('consents.review.stored', { count: text.findings.length })
            : t('consents.review.notReviewed')}
        </Text>
      ))}
      <form onSubmit={(event) => void submit(event)} aria-label={t('consents.publish')} noValidate>
        <Stack gap="xs" mt="sm">
          <Group grow>
            <Select
              label={t('consents.language')}
              value={form.language}
              onChange={(v) => v && setForm({ ...form, language: v })}
              data={[
                { value: 'de', label: 'Deutsch' },
                { value: 'en', label: 'English' },
              ]}
              allowDeselect={false}
            />
            <MultiSelect
              label={t('consents.purposes')}
              value={form.purposes}
              onChange={(v) => setForm({ ...form, purposes: v })}
              data={PURPOSES.map((p) => ({ value: p, label: t(`consent.purpose.${p}`) }))}
              error={errors.purposes}
            />
          </Group>
          <TextInput
            label={t('consents.textTitle')}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
            error={errors.title}
          />
          <Textarea
            label={t('consents.text')}
            autosize
            minRows={3}
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.currentTarget.value })}
            error={errors.text}
          />
          <ConsentTextReview
            clientName={clientName}
            language={form.language}
            purposes={form.purposes}
            text={form.text}
          />
          {formError ? <ErrorAlert error={formError} /> : null}
          <Group>
            <Button type="submit" loading={publishing}>
              {t('consents.publish')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};
