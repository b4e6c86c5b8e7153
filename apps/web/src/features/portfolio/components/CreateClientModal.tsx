import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import type { PortfolioClientFieldsFragment } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { CreateClientMutation } from '../graphql/CreateClientMutation';
import { PortfolioClientFields } from '../graphql/PortfolioClientFields';

type CreatedClient = PortfolioClientFieldsFragment;

type CreateClientModalProps = {
  opened: boolean;
  onClose: () => void;
  onCreated: (client: CreatedClient) => void;
};

export const CreateClientModal = ({ opened, onClose, onCreated }: CreateClientModalProps) => {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<'name'>();
  // The portfolio list is not in Apollo's cache: the page appends the created client itself (onCreated).
  const [createClient, { loading }] = useMutation(CreateClientMutation);

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
      const { data } = await createClient({ variables: { input: { name: name.trim() } } });
      if (data) {
        onCreated(getFragmentData(PortfolioClientFields, data.createClient));
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
            <Button type="submit" loading={loading}>
              {t('portfolio.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
