import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useCreateClient } from '../hooks/useCreateClient';
import type { PortfolioClient } from '../hooks/usePortfolioClients';

type CreateClientModalProps = {
  opened: boolean;
  onClose: () => void;
  onCreated: (client: PortfolioClient) => void;
};

export const CreateClientModal = ({ opened, onClose, onCreated }: CreateClientModalProps) => {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<'name'>();
  const { createClient, creating } = useCreateClient();

  const close = () => {
    setName('');
    reset();
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) {
      reset({ name: t('portfolio.create.nameRequired') });
      return;
    }
    reset();
    try {
      const created = await createClient(name.trim());
      if (created) {
        onCreated(created);
        close();
      }
    } catch (error) {
      applyApiError(error, ['name']);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('portfolio.create.title')} centered>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="sm">
          <TextInput
            label={t('portfolio.create.name')}
            description={t('portfolio.create.nameHint')}
            name="name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
          />
          {formError ? <ErrorAlert error={formError} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating}>
              {t('portfolio.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
