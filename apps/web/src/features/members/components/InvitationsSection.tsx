import { isClientRole } from '@klarsicht/shared';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationsQuery, MemberRole } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ShownOnceAlert } from '../../../shared/ui/ShownOnceAlert';
import { useInvitationActions } from '../hooks/useInvitationActions';
import { useInviteMember } from '../hooks/useInviteMember';
import { usePendingInvitations } from '../hooks/usePendingInvitations';

const INVITABLE_ROLES: readonly MemberRole[] = [
  'DPO',
  'ASSISTANT',
  'AUDITOR',
  'CLIENT_ADMIN',
  'CLIENT_VIEWER',
];
const FIELDS = ['email', 'role', 'clientId'] as const;
type Field = (typeof FIELDS)[number];
type Invitation = InvitationsQuery['invitations'][number];

type InvitationsSectionProps = {
  canInvite: boolean;
  clients: readonly { id: string; name: string }[];
  clientNames: ReadonlyMap<string, string>;
};

export const InvitationsSection = ({ canInvite, clients, clientNames }: InvitationsSectionProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { pending, error, retry } = usePendingInvitations();
  const { invite, inviting } = useInviteMember();
  const actions = useInvitationActions();
  const [actionError, setActionError] = useState<unknown>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('DPO');
  const [clientId, setClientId] = useState<string | null>(null);
  const [acceptUrl, setAcceptUrl] = useState<{ email: string; url: string } | null>(null);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();
  const needsClient = isClientRole(role);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!email.trim()) local.email = t('auth.validation.emailRequired');
    if (needsClient && !clientId) local.clientId = t('settings.invite.clientRequired');
    reset(local);
    if (Object.keys(local).length > 0) return;
    try {
      const url = await invite({ email: email.trim(), role, clientId: needsClient ? clientId : null });
      if (url) setAcceptUrl({ email: email.trim(), url });
      setEmail('');
    } catch (err) {
      applyApiError(err, FIELDS);
    }
  };

  const columns: DataTableColumn<Invitation>[] = [
    { key: 'email', header: t('settings.invite.email'), cell: (invitation) => invitation.email },
    {
      key: 'role',
      header: t('settings.invite.role'),
      cell: (invitation) => (
        <>
          {t(`roles.${invitation.role}`)}
          {invitation.clientId ? ` · ${clientNames.get(invitation.clientId) ?? ''}` : ''}
        </>
      ),
    },
    {
      key: 'expires',
      header: t('settings.invite.expires'),
      cell: (invitation) => format.dateTime(invitation.expiresAt),
    },
    ...(canInvite
      ? [
          {
            key: 'actions',
            header: t('settings.invite.actions'),
            cell: (invitation: Invitation) => (
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="subtle"
                  disabled={actions.busy}
                  onClick={() =>
                    void (async () => {
                      setActionError(null);
                      try {
                        const url = await actions.resend(invitation.id);
                        if (url) setAcceptUrl({ email: invitation.email, url });
                      } catch (err) {
                        setActionError(err);
                      }
                    })()
                  }
                >
                  {t('settings.invite.resend')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  disabled={actions.busy}
                  onClick={() =>
                    void actions.revoke(invitation.id).then(
                      () => setActionError(null),
                      (err: unknown) => setActionError(err),
                    )
                  }
                >
                  {t('settings.invite.revoke')}
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invitations-heading">
      <Title order={2} size="h3" id="invitations-heading" mb="sm">
        {t('settings.invite.title')}
      </Title>
      <Stack gap="md">
        {canInvite ? (
          <form
            noValidate
            onSubmit={(event) => void handleSubmit(event)}
            aria-label={t('settings.invite.title')}
          >
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('settings.invite.email')}
                type="email"
                name="email"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={errors.email}
                w={{ base: '100%', sm: 260 }}
              />
              <Select
                label={t('settings.invite.role')}
                data={INVITABLE_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
                value={role}
                onChange={(value) => {
                  const next = INVITABLE_ROLES.find((candidate) => candidate === value);
                  if (next) setRole(next);
                }}
                allowDeselect={false}
                error={errors.role}
                w={{ base: '100%', sm: 200 }}
              />
              {needsClient ? (
                <Select
                  label={t('settings.invite.client')}
                  data={clients.map((client) => ({ value: client.id, label: client.name }))}
                  value={clientId}
                  onChange={setClientId}
                  searchable
                  required
                  nothingFoundMessage={t('settings.invite.noClients')}
                  error={errors.clientId}
                  w={{ base: '100%', sm: 260 }}
                />
              ) : null}
              <Button type="submit" loading={inviting} mt={{ base: 0, sm: 25 }}>
                {t('settings.invite.submit')}
              </Button>
            </Group>
          </form>
        ) : null}
        {formError ? <ErrorAlert error={formError} /> : null}
        {actionError ? <ErrorAlert error={actionError} /> : null}
        <div role="status">
          {acceptUrl ? (
            <ShownOnceAlert
              color="green"
              title={t('settings.invite.created', { email: acceptUrl.email })}
              description={t('settings.invite.shareLink')}
              value={acceptUrl.url}
              valueTestId="accept-url"
            />
          ) : null}
        </div>
        <DataTable
          columns={columns}
          rows={pending}
          rowKey={(invitation) => invitation.id}
          error={error}
          onRetry={retry}
          empty={
            <Text size="sm" c="dimmed">
              {t('settings.invite.nonePending')}
            </Text>
          }
          caption={t('settings.invite.pending')}
          minWidth={520}
        />
      </Stack>
    </Paper>
  );
};
