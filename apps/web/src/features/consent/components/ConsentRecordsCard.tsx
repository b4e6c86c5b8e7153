import { Badge, Button, Card, Group, Select, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConsentsQuery, ConsentStatus } from '../../../gql/graphql';
import { useLanguageFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { ReportButton } from '../../../shared/ui/ReportButton';

type ConsentRecord = ClientConsentsQuery['consentRecords']['edges'][number]['node'];

const STATUSES: ConsentStatus[] = ['PENDING', 'CONFIRMED', 'WITHDRAWN', 'EXPIRED'];
const STATUS_COLOR: Record<string, string> = {
  PENDING: 'blue',
  CONFIRMED: 'green',
  WITHDRAWN: 'gray',
  EXPIRED: 'orange',
};

type ConsentRecordsCardProps = {
  clientId: string;
  /** The number looked up: the rows are then that person's, and their proof can be downloaded. */
  searched: string | null;
  records: readonly ConsentRecord[];
  totalCount: number;
  status: ConsentStatus | null;
  onStatusChange: (status: ConsentStatus | null) => void;
  // An exact number in any notation, or null for all.
  onPhoneSearch: (phoneNumber: string | null) => void;
};

/** A client's consent records, filtered by status or looked up by phone number. */
export const ConsentRecordsCard = ({
  clientId,
  searched,
  records,
  totalCount,
  status,
  onStatusChange,
  onPhoneSearch,
}: ConsentRecordsCardProps) => {
  const { t } = useTranslation();
  const format = useLanguageFormat();
  const [phone, setPhone] = useState('');
  const proofColumn: DataTableColumn<ConsentRecord>[] = searched
    ? [
        {
          key: 'proof',
          header: t('reports.proof'),
          cell: (r) =>
            r.maskedPhoneNumber ? (
              <ReportButton
                path={`/api/clients/${clientId}/consents/proof.pdf`}
                body={{ phoneNumber: searched }}
                label={t('reports.proofPdf')}
                hint={t('reports.proofPdfHint')}
                fallbackName="consent-proof.pdf"
                size="xs"
              />
            ) : null,
        },
      ]
    : [];
  const columns: DataTableColumn<ConsentRecord>[] = [
    { key: 'phone', header: t('consents.phone'), cell: (r) => r.maskedPhoneNumber ?? t('consents.erased') },
    { key: 'purpose', header: t('consents.purpose'), cell: (r) => t(`consent.purpose.${r.purpose}`) },
    {
      key: 'status',
      header: t('consents.status'),
      cell: (r) => (
        <Badge variant="light" color={STATUS_COLOR[r.status] ?? 'gray'}>
          {t(`consents.statuses.${r.status}`)}
        </Badge>
      ),
    },
    { key: 'updated', header: t('consents.updated'), cell: (r) => format.dateTime(r.updatedAt) },
    ...proofColumn,
  ];

  return (
    <Card withBorder component="section" aria-labelledby="consent-records">
      <Title order={3} fz="lg" id="consent-records" mb="sm">
        {t('consents.records')}
      </Title>
      <Group align="flex-end" mb="sm">
        <Select
          label={t('consents.status')}
          value={status}
          onChange={(v) => onStatusChange(v || null)}
          data={STATUSES.map((s) => ({ value: s, label: t(`consents.statuses.${s}`) }))}
          clearable
          w={200}
        />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onPhoneSearch(phone.trim() || null);
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('consents.findPhone')}
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              w={220}
            />
            <Button type="submit" variant="default">
              {t('consents.find')}
            </Button>
          </Group>
        </form>
      </Group>
      <Text size="sm" c="dimmed">
        {t('consents.count', { count: totalCount })}
      </Text>
      <DataTable
        columns={columns}
        rows={records}
        rowKey={(r) => r.id}
        striped
        aria-label={t('consents.records')}
      />
    </Card>
  );
};
