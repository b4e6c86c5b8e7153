import { useMutation, useQuery } from '@apollo/client/react';
import { isClientRole, type Role } from '@klarsicht/shared';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { useFormat } from '../../../shared/i18n/useFormat';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { InvitationsQuery } from '../graphql/InvitationsQuery';
import { InviteMemberMutation } from '../graphql/InviteMemberMutation';

const INVITABLE_ROLES: readonly MemberRole[] = ['DPO', 'ASSISTANT', 'AUDITOR', 'CLIENT_ADMIN', 'CLIENT_VIEWER'];
const FIELDS = ['email', 'role', 'clientId'] as const;
type Field = (typeof FIELDS)[number];

type InvitationsSectionProps = {
  canInvite: boolean;
  clients: readonly { id: string; name: string }[];
  clientNames: ReadonlyMap<string, string>;
};

export const InvitationsSection = ({ canInvite, clients, clientNames }: InvitationsSectionProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, refetch } = useQuery(InvitationsQuery);
  const [invite, { loading }] = useMutation(InviteMemberMutation, { refetchQueries: [InvitationsQuery] });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('DPO');
  const [clientId, setClientId] = useState<string | null>(null);
  const [acceptUrl, setAcceptUrl] = useState<{ email: string; url: string } | null>(null);
  const { errors, formError, applyApiError, reset } = useFieldErrors<Field>();
  const needsClient = isClientRole(role as Role);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!email.trim()) local.email = t('auth.validation.emailRequired');
    if (needsClient && !clientId) local.clientId = t('settings.invite.clientRequired');
    reset(local);
    if (Object.keys(local).length > 0) return;
    try {
      const { data: result } = await invite({
        variables: { input: { email: email.trim(), role, clientId: needsClient ? clientId : null } },
      });
      const url = result?.inviteMember.acceptUrl;
      if (url) setAcceptUrl({ email: email.trim(), url });
      setEmail('');
    } catch (err) {
      applyApiError(err, FIELDS);
    }
  };

  const pending = (data?.invitations ?? []).filter((invitation) => !invitation.acceptedAt);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invitations-heading">
      <Title order={2} size="h3" id="invitations-heading" mb="sm">
        {t('settings.invite.title')}
      </Title>
      <Stack gap="md">
        {canInvite ? (
          <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={t('settings.invite.title')}>
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
              <Button type="submit" loading={loading} mt={{ base: 0, sm: 25 }}>
                {t('settings.invite.submit')}
              </Button>
            </Group>
          </form>
        ) : null}
        {formError ? <ErrorAlert error={formError} /> : null}
        <div role="status">
          {acceptUrl ? (
            <Alert color="green" title={t('settings.invite.created', { email: acceptUrl.email })}>
              <Text size="sm" mb="xs">
                {t('settings.invite.shareLink')}
              </Text>
              <Group gap="xs" wrap="nowrap" align="center">
                <Code data-testid="accept-url" style={{ wordBreak: 'break-all' }}>
                  {acceptUrl.url}
                </Code>
                <CopyButton value={acceptUrl.url}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t('common.copied') : t('common.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Alert>
          ) : null}
        </div>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {pending.length > 0 ? (
          <Table.ScrollContainer minWidth={520}>
            <Table>
              <Table.Caption>{t('settings.invite.pending')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('settings.invite.email')}</Table.Th>
                  <Table.Th scope="col">{t('settings.invite.role')}</Table.Th>
                  <Table.Th scope="col">{t('settings.invite.expires')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pending.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>
                      {t(`roles.${invitation.role}`)}
                      {invitation.clientId ? ` · ${clientNames.get(invitation.clientId) ?? ''}` : ''}
                    </Table.Td>
                    <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : data ? (
          <Text size="sm" c="dimmed">
            {t('settings.invite.nonePending')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
};
