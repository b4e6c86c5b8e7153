import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { useBspOptions } from '../hooks/useBspOptions';
import { useWhatsAppAccounts } from '../hooks/useWhatsAppAccounts';
import { roleAllows } from '@klarsicht/shared';
import { useViewer } from '../../../shared/session/SessionContext';
import { AttestationPolicyCard } from './AttestationPolicyCard';
import { type Draft, storedDraft, WhatsAppAccountCard } from './WhatsAppAccountCard';

/** A client's WhatsApp accounts: each with the guided questionnaire, saved answers and the rule results. */
export const WhatsAppTab = () => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const whatsApp = useWhatsAppAccounts(clientId);
  const viewer = useViewer();
  // The firm decides how far the client's own answers count; client users see no switch.
  const firmEditor = viewer.clientId === null && roleAllows(viewer.role, 'clients', 'write');
  // The firm's BSP catalogue (Settings); client users may not read it, so an error here only hides the choice.
  const bspOptions = useBspOptions();
  const [label, setLabel] = useState('');
  // Unsaved answers by account id.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saved, setSaved] = useState<string | null>(null);

  if (whatsApp.loading) {
    return <Loading minHeight={120} />;
  }
  if (whatsApp.error) return <ErrorAlert error={whatsApp.error} onRetry={whatsApp.retry} />;

  const save = (accountId: string, draft: Draft) =>
    void whatsApp
      .updateAccount(accountId, { variant: draft.variant, answers: draft.answers, bspId: draft.bspId })
      .then(() => {
        setDrafts((current) =>
          Object.fromEntries(Object.entries(current).filter(([id]) => id !== accountId)),
        );
        setSaved(accountId);
      })
      .catch(() => undefined);

  return (
    <Stack gap="lg">
      {firmEditor ? <AttestationPolicyCard clientId={clientId} /> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void whatsApp
            .createAccount(label.trim() || t('whatsapp.defaultLabel'))
            .then(() => setLabel(''))
            .catch(() => undefined);
        }}
        aria-label={t('whatsapp.addAccount')}
      >
        <Group align="flex-end">
          <TextInput
            label={t('whatsapp.accountLabel')}
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
            w={280}
          />
          <Button type="submit" loading={whatsApp.creating}>
            {t('whatsapp.addAccount')}
          </Button>
        </Group>
      </form>
      {whatsApp.createError ? <ErrorAlert error={whatsApp.createError} /> : null}
      {whatsApp.accounts.length === 0 ? <Text c="dimmed">{t('whatsapp.noAccounts')}</Text> : null}
      {whatsApp.accounts.map((account) => {
        const draft = drafts[account.id] ?? storedDraft(account);
        return (
          <WhatsAppAccountCard
            key={account.id}
            clientId={clientId}
            account={account}
            draft={draft}
            onDraftChange={(next) => setDrafts((current) => ({ ...current, [account.id]: next }))}
            bsps={bspOptions.bsps}
            bspsLoading={bspOptions.loading}
            bspsUnavailable={bspOptions.unavailable}
            saving={whatsApp.updating}
            saved={saved === account.id}
            onSave={() => save(account.id, draft)}
            saveError={whatsApp.updateError}
          />
        );
      })}
    </Stack>
  );
};
