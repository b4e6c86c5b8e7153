import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import type { ApiKey } from '../hooks/useApiKeys';
import { useRevokeApiKey } from '../hooks/useRevokeApiKey';

type RevokeApiKeyModalProps = {
  // null: closed.
  apiKey: ApiKey | null;
  onClose: () => void;
};

export const RevokeApiKeyModal = ({ apiKey, onClose }: RevokeApiKeyModalProps) => {
  const { t } = useTranslation();
  const { revoke, revoking, error, reset } = useRevokeApiKey();

  const close = () => {
    reset();
    onClose();
  };

  const confirm = async () => {
    if (!apiKey) return;
    // On failure the dialog stays open and shows the error.
    if (await revoke(apiKey.id)) close();
  };

  return (
    <Modal
      opened={apiKey !== null}
      onClose={close}
      title={t('settings.apiKeys.revokeTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('settings.apiKeys.revokeText', { name: apiKey?.name ?? '', prefix: apiKey?.prefix ?? '' })}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={revoking} onClick={() => void confirm()}>
            {t('settings.apiKeys.revokeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
