import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { BspsQuery } from '../graphql/BspsQuery';
import { type Bsp, BspFormModal } from './BspFormModal';
import { Loading } from '../../../shared/ui/Loading';

// Outside the EU/EEA without a transfer mechanism, WA-BSP-TRANSFER fails for every account using the provider.
const transferUnsafe = (bsp: Bsp) =>
  bsp.hostingRegion === 'THIRD_COUNTRY' && bsp.transferMechanism === 'NONE';

export const BspSection = ({ canEdit }: { canEdit: boolean }) => {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(BspsQuery);
  const [opened, setOpened] = useState(false);
  // Kept while the dialog closes, so its title does not change during the transition.
  const [current, setCurrent] = useState<Bsp | null>(null);
  const open = (bsp: Bsp | null) => {
    setCurrent(bsp);
    setOpened(true);
  };

  const list = () => {
    if (loading && !data) {
      return <Loading minHeight={80} size="sm" />;
    }
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    const bsps = data?.bsps ?? [];
    if (bsps.length === 0) return <Text c="dimmed">{t('settings.bsps.empty')}</Text>;
    return (
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('settings.bsps.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.bsps.name')}</Table.Th>
              <Table.Th scope="col">{t('settings.bsps.hostingRegion')}</Table.Th>
              <Table.Th scope="col">{t('settings.bsps.transferMechanism')}</Table.Th>
              <Table.Th scope="col">{t('settings.bsps.dpa')}</Table.Th>
              {canEdit ? <Table.Th scope="col">{t('settings.bsps.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bsps.map((bsp) => (
              <Table.Tr key={bsp.id}>
                <Table.Td>{bsp.name}</Table.Td>
                <Table.Td>{t(`settings.bsps.regions.${bsp.hostingRegion}`)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {t(`settings.bsps.mechanisms.${bsp.transferMechanism}`)}
                    {transferUnsafe(bsp) ? (
                      <Badge variant="light" color="red" tt="none">
                        {t('settings.bsps.transferUnsafe')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{bsp.dpaAvailable ? t('settings.bsps.yes') : t('settings.bsps.no')}</Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => open(bsp)}
                      aria-label={t('settings.bsps.editNamed', { name: bsp.name })}
                    >
                      {t('settings.bsps.edit')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

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
      {list()}
      <BspFormModal opened={opened} bsp={current} onClose={() => setOpened(false)} />
    </Paper>
  );
};
