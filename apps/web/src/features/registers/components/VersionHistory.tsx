import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageFormat } from '../../../shared/format/useFormat';
import { type ProcessingActivity, recordOf } from '../hooks/useRegisters';
import { changedFields, fieldText } from '../record-diff';

/** Every version, newest first, each with what changed against the one before. */
export const VersionHistory = ({ versions }: { versions: ProcessingActivity['versions'] }) => {
  const { t } = useTranslation();
  const format = useLanguageFormat();
  return (
    <Stack gap="md" aria-label={t('registers.history')}>
      {versions.map((version, index) => {
        const record = recordOf(version.record);
        const previous = versions[index + 1];
        const before = previous ? recordOf(previous.record) : null;
        const fields = before ? changedFields(before, record) : [];
        return (
          <div key={version.version}>
            <Text size="sm" fw={700}>
              {t('registers.versionLine', { version: version.version })} ·{' '}
              {format.dateTime(version.createdAt)}
              {version.approvedAt
                ? ` · ${t('registers.approvedAt', { at: format.dateTime(version.approvedAt) })}`
                : ''}
            </Text>
            {before ? (
              fields.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('registers.noChanges')}
                </Text>
              ) : (
                <Table fz="sm" withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('registers.diff.field')}</Table.Th>
                      <Table.Th>{t('registers.diff.before', { version: previous?.version })}</Table.Th>
                      <Table.Th>{t('registers.diff.after', { version: version.version })}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {fields.map((field) => (
                      <Table.Tr key={field}>
                        <Table.Td>{t(`registers.fields.${field}`)}</Table.Td>
                        <Table.Td>{fieldText(before, field) || '—'}</Table.Td>
                        <Table.Td>{fieldText(record, field) || '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )
            ) : (
              <Text size="sm" c="dimmed">
                {t('registers.firstVersion')}
              </Text>
            )}
          </div>
        );
      })}
    </Stack>
  );
};
