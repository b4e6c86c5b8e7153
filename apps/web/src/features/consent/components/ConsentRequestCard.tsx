import { Button, Card, Group, Select, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConsentsQuery } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ShownOnceAlert } from '../../../shared/ui/ShownOnceAlert';
import { useRequestConsent } from '../hooks/useRequestConsent';

type ConsentRequestCardProps = {
  clientId: string;
  // At least one: a request needs a published text.
  texts: ClientConsentsQuery['consentTexts'];
  onRequested: () => Promise<unknown>;
};

/** A double opt-in for one phone number: the link the person confirms with. */
export const ConsentRequestCard = ({ clientId, texts, onRequested }: ConsentRequestCardProps) => {
  const { t } = useTranslation();
  const { requestConsent, requesting } = useRequestConsent(clientId);
  const [form, setForm] = useState({ phoneNumber: '', textId: '' });
  const [link, setLink] = useState<string | null>(null);
  const { errors, formError, applyApiError, reset } = useFieldErrors<'phoneNumber' | 'purposes'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    setLink(null);
    const text = texts.find((x) => x.id === form.textId) ?? texts[0];
    if (!text) return;
    try {
      const confirmationUrl = await requestConsent({
        phoneNumber: form.phoneNumber,
        purposes: text.purposes,
        consentTextVersionId: text.id,
        source: 'WEB_FORM',
      });
      setLink(confirmationUrl);
      setForm({ ...form, phoneNumber: '' });
      await onRequested();
    } catch (problem) {
      applyApiError(problem, ['phoneNumber', 'purposes']);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="consent-request">
      <Title order={3} fz="lg" id="consent-request" mb="sm">
        {t('consents.request')}
      </Title>
      <form onSubmit={(event) => void submit(event)} aria-label={t('consents.request')} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('consents.phone')}
            value={form.phoneNumber}
            onChange={(e) => setForm({ ...form, phoneNumber: e.currentTarget.value })}
            error={errors.phoneNumber}
            w={240}
          />
          <Select
            label={t('consents.textVersion')}
            value={form.textId || texts[0]?.id}
            onChange={(v) => v && setForm({ ...form, textId: v })}
            data={texts.map((x) => ({ value: x.id, label: `v${x.version} ${x.title}` }))}
            allowDeselect={false}
            w={260}
          />
          <Button type="submit" mt={25} loading={requesting}>
            {t('consents.requestSubmit')}
          </Button>
        </Group>
      </form>
      {formError ? <ErrorAlert error={formError} /> : null}
      {link ? (
        <ShownOnceAlert color="blue" mt="sm" title={t('consents.linkTitle')} value={link} copyable={false} />
      ) : null}
    </Card>
  );
};
