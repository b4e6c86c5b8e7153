import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostingRegion, TransferMechanism } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import type { Bsp } from '../hooks/useBsps';
import { useSaveBsp } from '../hooks/useSaveBsp';

const HOSTING_REGIONS: readonly HostingRegion[] = ['EU', 'EEA', 'THIRD_COUNTRY'];
const TRANSFER_MECHANISMS: readonly TransferMechanism[] = [
  'NONE',
  'ADEQUACY_DECISION',
  'DATA_PRIVACY_FRAMEWORK',
  'STANDARD_CONTRACTUAL_CLAUSES',
];
const FIELDS = ['name', 'hostingRegion', 'transferMechanism', 'dpaAvailable'] as const;
type Field = (typeof FIELDS)[number];

type BspFormModalProps = {
  opened: boolean;
  // null: a new provider.
  bsp: Bsp | null;
  onClose: () => void;
};

export const BspFormModal = ({ opened, bsp, onClose }: BspFormModalProps) => {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [hostingRegion, setHostingRegion] = useState<HostingRegion>('EU');
  const [transferMechanism, setTransferMechanism] = useState<TransferMechanism>('NONE');
  const [dpaAvailable, setDpaAvailable] = useState(false);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();
  const { saveBsp, saving } = useSaveBsp();

  useEffect(() => {
    if (!opened) return;
    setName(bsp?.name ?? '');
    setHostingRegion(bsp?.hostingRegion ?? 'EU');
    setTransferMechanism(bsp?.transferMechanism ?? 'NONE');
    setDpaAvailable(bsp?.dpaAvailable ?? false);
    reset();
  }, [opened, bsp, reset]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) {
      reset({ name: t('settings.bsps.nameRequired') });
      return;
    }
    reset();
    try {
      await saveBsp(bsp?.id ?? null, { name: name.trim(), hostingRegion, transferMechanism, dpaAvailable });
      onClose();
    } catch (error) {
      const apiError = applyApiError(error, FIELDS);
      // The api refuses a second provider of the same name with CONFLICT; it belongs at the name.
      if (apiError.code === 'CONFLICT') reset({ name: t('settings.bsps.nameTaken') });
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={bsp ? t('settings.bsps.editTitle', { name: bsp.name }) : t('settings.bsps.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="sm">
          <TextInput
            label={t('settings.bsps.name')}
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
          />
          <Select
            label={t('settings.bsps.hostingRegion')}
            data={HOSTING_REGIONS.map((value) => ({ value, label: t(`settings.bsps.regions.${value}`) }))}
            value={hostingRegion}
            onChange={(value) => {
              const next = HOSTING_REGIONS.find((candidate) => candidate === value);
              if (next) setHostingRegion(next);
            }}
            allowDeselect={false}
            error={errors.hostingRegion}
          />
          <Select
            label={t('settings.bsps.transferMechanism')}
            description={t('settings.bsps.transferHint')}
            data={TRANSFER_MECHANISMS.map((value) => ({
              value,
              label: t(`settings.bsps.mechanisms.${value}`),
            }))}
            value={transferMechanism}
            onChange={(value) => {
              const next = TRANSFER_MECHANISMS.find((candidate) => candidate === value);
              if (next) setTransferMechanism(next);
            }}
            allowDeselect={false}
            error={errors.transferMechanism}
          />
          <Checkbox
            label={t('settings.bsps.dpaAvailable')}
            checked={dpaAvailable}
            onChange={(event) => setDpaAvailable(event.currentTarget.checked)}
            error={errors.dpaAvailable}
          />
          {formError ? <ErrorAlert error={formError} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {bsp ? t('settings.bsps.save') : t('settings.bsps.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
