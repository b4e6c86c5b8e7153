import { Alert, Button, Group, Loader, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DataSubjectRequestType } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';
import { usePublicRequestIntake } from '../hooks/useRequestIntake';

const day = (value: string) => value.split('-').reverse().join('.');
type Field = 'type' | 'name' | 'email' | 'phoneNumber' | 'message';

// Public, no session: a person sends a data subject request to the client the link belongs to.
export const RequestIntakePage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const intake = usePublicRequestIntake(token);
  const [type, setType] = useState<DataSubjectRequestType>('ACCESS');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phoneNumber, setPhoneNumber] = useState('');
  const [message, setMessage] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();
  const title = t('requests.public.title');

  if (intake.loading)
    return (
      <PublicPageLayout title={title}>
        <Group justify="center">
          <Loader aria-label={t('app.loading')} />
        </Group>
      </PublicPageLayout>
    );
  if (!intake.form)
    return (
      <PublicPageLayout title={title}>
        {intake.invalidLink ? (
          <Alert color="red" role="alert" title={t('requests.public.invalidTitle')}>
            {t('requests.public.invalid')}
          </Alert>
        ) : (
          <ErrorAlert error={intake.error} />
        )}
      </PublicPageLayout>
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!name.trim()) missing.name = t('requests.public.required');
    if (!email.trim()) missing.email = t('requests.public.required');
    reset(missing);
    if (Object.keys(missing).length) return;
    try {
      await intake.submit({
        type,
        name: name.trim(),
        email: email.trim(),
        phoneNumber: phoneNumber.trim() || null,
        message: message.trim() || null,
      });
    } catch (error) {
      applyApiError(error, ['type', 'name', 'email', 'phoneNumber', 'message']);
    }
  };

  return (
    <PublicPageLayout title={title} subtitle={t('requests.public.intro', { client: intake.form.clientName })}>
      {intake.submitted ? (
        <Alert color="green" role="status" title={t('requests.public.sentTitle')}>
          {t('requests.public.sent', {
            client: intake.form.clientName,
            due: day(intake.submitted.dueOn),
            reference: intake.submitted.reference,
          })}
        </Alert>
      ) : (
        <form onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
          <Stack gap="sm">
            <Select
              label={t('requests.public.type')}
              data={intake.form.types.map((value) => ({ value, label: t(`requests.types.${value}`) }))}
              value={type}
              onChange={(value) => value && setType(value)}
              allowDeselect={false}
              error={errors.type}
            />
            <TextInput
              label={t('requests.public.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              autoComplete="name"
              required
            />
            <TextInput
              type="email"
              label={t('requests.public.email')}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
              autoComplete="email"
              required
            />
            <TextInput
              type="tel"
              label={t('requests.public.phone')}
              description={t('requests.public.phoneHint')}
              value={phoneNumber}
              onChange={(event) => setPhoneNumber(event.currentTarget.value)}
              error={errors.phoneNumber}
              autoComplete="tel"
            />
            <Textarea
              label={t('requests.public.message')}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
              error={errors.message}
              autosize
              minRows={3}
            />
            <Text size="sm" c="dimmed">
              {t('requests.public.privacy', { client: intake.form.clientName })}
            </Text>
            {formError ? <ErrorAlert error={formError} /> : null}
            <Button type="submit" loading={intake.submitting}>
              {t('requests.public.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicPageLayout>
  );
};
