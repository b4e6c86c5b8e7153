import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataSubjectRequestAction, DataSubjectRequestType } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ReportButton } from '../../../shared/ui/ReportButton';
import type { ClientRequest } from '../hooks/useClientRequests';
import { useRequestHandling } from '../hooks/useRequestHandling';

// Mirrors the api's ACTIONS_FOR: what Klarsicht can do with the consent data it holds.
const ACTION_FOR: Partial<Record<DataSubjectRequestType, DataSubjectRequestAction>> = {
  ACCESS: 'EXPORT_CONSENT_DATA',
  PORTABILITY: 'EXPORT_CONSENT_DATA',
  ERASURE: 'ERASE_CONSENT_DATA',
  OBJECTION: 'WITHDRAW_MARKETING',
  WITHDRAWAL: 'WITHDRAW_MARKETING',
};

const download = (json: string) => {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'einwilligungsdaten.json';
  link.click();
  URL.revokeObjectURL(url);
};

type RequestDialogProps = { request: ClientRequest; onClose: () => void };

/** Identity check, the action on the consent data, extension with reasons, closing: one request at a time. */
export const RequestDialog = ({ request, onClose }: RequestDialogProps) => {
  const { t } = useTranslation();
  const handling = useRequestHandling(request.id);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const [months, setMonths] = useState('2');
  const [note, setNote] = useState('');
  const action = ACTION_FOR[request.type];
  const open = request.status === 'OPEN' || request.status === 'EXTENDED';

  const attempt = (work: () => Promise<unknown>) => async () => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`requests.types.${request.type}`)}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {request.contact ? (
          <Text size="sm">
            {t('requests.contact')}: {request.contact}
          </Text>
        ) : null}
        {request.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.description}
          </Text>
        ) : null}
        <Text size="sm">
          {t('requests.identity')}: {t(`requests.identityStatuses.${request.identityStatus}`)}
        </Text>
        {open && request.identityStatus !== 'VERIFIED' ? (
          <Group>
            <Button
              variant="light"
              loading={handling.busy}
              onClick={attempt(() => handling.setIdentity('VERIFIED'))}
            >
              {t('requests.verify')}
            </Button>
            <Button variant="subtle" color="red" onClick={attempt(() => handling.setIdentity('FAILED'))}>
              {t('requests.identityFailed')}
            </Button>
          </Group>
        ) : null}
        {open && action && request.identityStatus === 'VERIFIED' ? (
          <Group>
            <Button
              loading={handling.busy}
              onClick={attempt(async () => {
                const result = await handling.runAction(action);
                if (result?.json) download(result.json);
              })}
            >
              {t(`requests.actions.${action}`)}
            </Button>
            {action === 'EXPORT_CONSENT_DATA' ? (
              <ReportButton
                path={`/api/data-subject-requests/${request.id}/export.pdf`}
                label={t('requests.exportPdf')}
                hint={t('requests.exportPdfHint')}
                fallbackName="auskunft.pdf"
                onDownloaded={() => void handling.refetch()}
              />
            ) : null}
          </Group>
        ) : null}
        {request.actions.map((done) => (
          <Text key={done.id} size="sm">
            {t(`requests.actions.${done.action}`)}: {t(`requests.outcomes.${done.outcome}`)} – {done.detail}
          </Text>
        ))}
        {open && request.extensionMonths < 2 ? (
          <Group align="flex-end">
            <Select
              label={t('requests.extendBy')}
              data={['1', '2'].map((value) => ({
                value,
                label: t('requests.months', { count: Number(value) }),
              }))}
              value={months}
              onChange={(value) => value && setMonths(value)}
              allowDeselect={false}
              w={140}
            />
            <TextInput
              label={t('requests.extensionReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              w={300}
            />
            <Button variant="light" onClick={attempt(() => handling.extend(Number(months), reason.trim()))}>
              {t('requests.extend')}
            </Button>
          </Group>
        ) : null}
        {open ? (
          <Group align="flex-end">
            <TextInput
              label={t('requests.note')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              w={300}
            />
            <Button onClick={attempt(() => handling.close('COMPLETED', note.trim()))}>
              {t('requests.complete')}
            </Button>
            <Button
              variant="outline"
              color="red"
              onClick={attempt(() => handling.close('REJECTED', note.trim()))}
            >
              {t('requests.reject')}
            </Button>
          </Group>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Modal>
  );
};
