import { Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataSubjectRequestChannel, DataSubjectRequestType } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useCreateRequest } from '../hooks/useClientRequests';

const TYPES: DataSubjectRequestType[] = [
  'ACCESS',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'PORTABILITY',
  'OBJECTION',
  'WITHDRAWAL',
];
const CHANNELS: DataSubjectRequestChannel[] = [
  'EMAIL',
  'LETTER',
  'PHONE',
  'WHATSAPP',
  'WEB_FORM',
  'IN_PERSON',
];
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export const CreateRequestForm = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  const { createRequest, creating } = useCreateRequest();
  const [type, setType] = useState<DataSubjectRequestType>('ACCESS');
  const [channel, setChannel] = useState<DataSubjectRequestChannel>('EMAIL');
  const [received, setReceived] = useState(today);
  const [phone, setPhone] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<'receivedAt' | 'phoneNumber'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    // A day picked in the form: noon of that day, so the Berlin day is the one picked.
    const receivedAt = received === today() ? new Date() : new Date(`${received}T12:00:00`);
    try {
      await createRequest({
        clientId,
        type,
        channel,
        receivedAt: receivedAt.toISOString(),
        phoneNumber: phone.trim() || null,
      });
      setPhone('');
    } catch (error) {
      applyApiError(error, ['receivedAt', 'phoneNumber']);
    }
  };

  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label={t('requests.create')} noValidate>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('requests.type')}
            data={TYPES.map((value) => ({ value, label: t(`requests.types.${value}`) }))}
            value={type}
            onChange={(value) => value && setType(value)}
            allowDeselect={false}
            w={240}
          />
          <Select
            label={t('requests.channel')}
            data={CHANNELS.map((value) => ({ value, label: t(`requests.channels.${value}`) }))}
            value={channel}
            onChange={(value) => value && setChannel(value)}
            allowDeselect={false}
            w={180}
          />
          <TextInput
            type="date"
            label={t('requests.receivedAt')}
            value={received}
            onChange={(event) => setReceived(event.currentTarget.value)}
            error={errors.receivedAt}
            w={170}
          />
          <TextInput
            label={t('requests.phone')}
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            error={errors.phoneNumber}
            w={200}
          />
          <Button type="submit" loading={creating}>
            {t('requests.create')}
          </Button>
        </Group>
      </form>
      {formError ? <ErrorAlert error={formError} /> : null}
    </>
  );
};
