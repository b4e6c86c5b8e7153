import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  HostingRegion,
  ProcessingRecipientInput,
  ProcessingTransferInput,
  RecipientKind,
  TransferMechanism,
} from '../../../gql/graphql';

const KINDS: RecipientKind[] = ['INTERNAL', 'PROCESSOR', 'CONTROLLER', 'JOINT_CONTROLLER'];
const REGIONS: HostingRegion[] = ['EU', 'EEA', 'THIRD_COUNTRY'];
const MECHANISMS: TransferMechanism[] = [
  'DATA_PRIVACY_FRAMEWORK',
  'ADEQUACY_DECISION',
  'STANDARD_CONTRACTUAL_CLAUSES',
  'NONE',
];

const replace = <T,>(list: T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

type PartiesEditorProps = {
  recipients: ProcessingRecipientInput[];
  transfers: ProcessingTransferInput[];
  onRecipients: (next: ProcessingRecipientInput[]) => void;
  onTransfers: (next: ProcessingTransferInput[]) => void;
};

/** Recipients (Art. 30(1)(d)) and third-country transfers with their mechanism (Art. 30(1)(e), 44 ff.). */
export const PartiesEditor = ({ recipients, transfers, onRecipients, onTransfers }: PartiesEditorProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('registers.fields.recipients')}
      </Text>
      {recipients.map((r, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('registers.parties.name')}
            value={r.name}
            onChange={(e) => onRecipients(replace(recipients, i, { name: e.currentTarget.value }))}
            w={260}
          />
          <Select
            label={t('registers.parties.kind')}
            data={KINDS.map((value) => ({ value, label: t(`registers.kinds.${value}`) }))}
            value={r.kind}
            onChange={(value) => value && onRecipients(replace(recipients, i, { kind: value }))}
            allowDeselect={false}
            w={200}
          />
          <Select
            label={t('registers.parties.region')}
            data={REGIONS.map((value) => ({ value, label: t(`registers.regions.${value}`) }))}
            value={r.region}
            onChange={(value) => value && onRecipients(replace(recipients, i, { region: value }))}
            allowDeselect={false}
            w={150}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('registers.parties.removeRecipient', { name: r.name || i + 1 })}
            onClick={() => onRecipients(recipients.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            onRecipients([...recipients, { name: '', kind: 'PROCESSOR', region: 'EU', bspId: null }])
          }
        >
          {t('registers.parties.addRecipient')}
        </Button>
      </Group>
      <Text size="sm" fw={500}>
        {t('registers.fields.transfers')}
      </Text>
      {transfers.map((tr, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('registers.parties.recipient')}
            value={tr.recipient}
            onChange={(e) => onTransfers(replace(transfers, i, { recipient: e.currentTarget.value }))}
            w={260}
          />
          <TextInput
            label={t('registers.parties.country')}
            value={tr.country}
            maxLength={2}
            onChange={(e) =>
              onTransfers(replace(transfers, i, { country: e.currentTarget.value.toUpperCase() }))
            }
            w={90}
          />
          <Select
            label={t('registers.parties.mechanism')}
            data={MECHANISMS.map((value) => ({ value, label: t(`registers.mechanisms.${value}`) }))}
            value={tr.mechanism}
            onChange={(value) => value && onTransfers(replace(transfers, i, { mechanism: value }))}
            allowDeselect={false}
            w={260}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('registers.parties.removeTransfer', { name: tr.recipient || i + 1 })}
            onClick={() => onTransfers(transfers.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            onTransfers([
              ...transfers,
              { recipient: '', country: '', mechanism: 'STANDARD_CONTRACTUAL_CLAUSES' },
            ])
          }
        >
          {t('registers.parties.addTransfer')}
        </Button>
      </Group>
    </Stack>
  );
};
