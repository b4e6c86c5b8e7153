import { Alert, Button, Group, Modal, MultiSelect, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useClientOptions } from '../../clients/hooks/useClientOptions';
import { useProcessingTemplates, useRegisterActions } from '../hooks/useRegisters';

/** From the portfolio: one template applied to many clients at once (each gets a draft activity). */
export const ApplyTemplateModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const templates = useProcessingTemplates();
  const { clients } = useClientOptions();
  const { applyTemplate, busy } = useRegisterActions();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [clientIds, setClientIds] = useState<string[]>([]);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const apply = async () => {
    if (!templateId || clientIds.length === 0) return;
    setError(null);
    try {
      await applyTemplate(templateId, clientIds);
      setDone(clientIds.length);
      setClientIds([]);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('registers.bulk.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Select
          label={t('registers.template')}
          data={templates.map((tpl) => ({ value: tpl.id, label: `${tpl.name} (${tpl.language})` }))}
          value={templateId}
          onChange={setTemplateId}
        />
        <MultiSelect
          label={t('registers.bulk.clients')}
          data={clients.map((c) => ({ value: c.id, label: c.name }))}
          value={clientIds}
          onChange={setClientIds}
          searchable
        />
        {done !== null ? (
          <Alert color="blue" role="status">
            {t('registers.bulk.done', { count: done })}
          </Alert>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            disabled={!templateId || clientIds.length === 0}
            loading={busy}
            onClick={() => void apply()}
          >
            {t('registers.applyTemplate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
