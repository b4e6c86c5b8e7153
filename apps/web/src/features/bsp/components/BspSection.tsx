import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { type Bsp, useBsps } from '../hooks/useBsps';
import { BspFormModal } from './BspFormModal';

// Outside the EU/EEA without a transfer mechanism, WA-BSP-TRANSFER fails for every account using the provider.
const transferUnsafe = (bsp: Bsp) =>
  bsp.hostingRegion === 'THIRD_COUNTRY' && bsp.transferMechanism === 'NONE';

export const BspSection = ({ canEdit }: { canEdit: boolean }) => {
  const { t } = useTranslation();
  const { bsps, loading, error, retry } = useBsps();
  const [opened, setOpened] = useState(false);
  // Kept while the dialog closes, so its title does not change during the transition.
  const [current, setCurrent] = useState<Bsp | null>(null);
  const open = (bsp: Bsp | null) => {
    setCurrent(bsp);
    setOpened(true);
  };

  const columns: DataTableColumn<Bsp>[] = [
    { key: 'name', header: t('settings.bsps.name'), cell: (bsp) => bsp.name },
    {
      key: 'hostingRegion',
      header: t('settings.bsps.hostingRegion'),
      cell: (bsp) => t(`settings.bsps.regions.${bsp.hostingRegion}`),
    },
    {
      key: 'transferMechanism',
      header: t('settings.bsps.transferMechanism'),
      cell: (bsp) => (
        <Group gap="xs">
          {t(`settings.bsps.mechanisms.${bsp.transferMechanism}`)}
          {transferUnsafe(bsp) ? (
            <Badge variant="light" color="red" tt="none">
              {t('settings.bsps.transferUnsafe')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'dpa',
      header: t('settings.bsps.dpa'),
      cell: (bsp) => (bsp.dpaAvailable ? t('settings.bsps.yes') : t('settings.bsps.no')),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('settings.bsps.actions'),
      cell: (bsp) => (
        <Button
          size="xs"
          variant="light"
          onClick={() => open(bsp)}
          aria-label={t('settings.bsps.editNamed', { name: bsp.name })}
        >
          {t('settings.bsps.edit')}
        </Button>
      ),
    });
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="bsps-heading">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h3" id="bsps-heading">
          {t('settings.bsps.title')}
        </Title>
        {canEdit ? <Button onClick={() => open(null)}>{t('settings.bsps.add')}</Button> : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.bsps.intro')}
      </Text>
      <DataTable
        columns={columns}
        rows={bsps}
        rowKey={(bsp) => bsp.id}
        loading={loading}
        loadingHeight={80}
        loadingSize="sm"
        error={error}
        onRetry={retry}
        empty={t('settings.bsps.empty')}
        aria-label={t('settings.bsps.title')}
        minWidth={640}
      />
      <BspFormModal opened={opened} bsp={current} onClose={() => setOpened(false)} />
    </Paper>
  );
};
