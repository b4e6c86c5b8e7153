import { isClientRole, type Role } from '@klarsicht/shared';
import { Badge, Button, Group, Paper, Select, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole, MembersQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { DataTable, type DataTableColumn } from '../../../shared/ui/DataTable';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useMemberActions } from '../hooks/useMemberActions';
import { useMembers } from '../hooks/useMembers';

type Member = MembersQuery['members'][number];

const STAFF_ROLES: readonly MemberRole[] = ['OWNER', 'DPO', 'ASSISTANT', 'AUDITOR'];
const CLIENT_ROLES: readonly MemberRole[] = ['CLIENT_ADMIN', 'CLIENT_VIEWER'];

type MembersSectionProps = {
  clientNames: ReadonlyMap<string, string>;
  // OWNER and DPO manage members; only an owner manages owners (the api decides, the page only offers).
  canManage: boolean;
  viewerRole: Role;
  viewerUserId: string | null;
};

export const MembersSection = ({ clientNames, canManage, viewerRole, viewerUserId }: MembersSectionProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { members, loading, error, retry } = useMembers();
  const { remove, changeRole, resetSecondFactor, busy } = useMemberActions();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const run = async (work: () => Promise<void>) => {
    setActionError(null);
    try {
      await work();
    } catch (err) {
      setActionError(err);
    } finally {
      setConfirming(null);
    }
  };
  const manageable = (member: Member) => canManage && (member.role !== 'OWNER' || viewerRole === 'OWNER');
  const roleChoices = (member: Member) =>
    (isClientRole(member.role) ? CLIENT_ROLES : STAFF_ROLES)
      .filter((role) => role !== 'OWNER' || viewerRole === 'OWNER')
      .map((value) => ({ value, label: t(`roles.${value}`) }));

  const columns: DataTableColumn<Member>[] = [
    { key: 'name', header: t('settings.members.name'), cell: (member) => member.name },
    { key: 'email', header: t('settings.members.email'), cell: (member) => member.email },
    {
      key: 'role',
      header: t('settings.members.role'),
      cell: (member) =>
        manageable(member) && member.userId !== viewerUserId ? (
          <Group gap={6} wrap="nowrap">
            <Select
              aria-label={t('settings.members.roleOf', { name: member.name })}
              data={roleChoices(member)}
              value={member.role}
              allowDeselect={false}
              disabled={busy}
              size="xs"
              w={170}
              onChange={(value) => {
                const role = [...STAFF_ROLES, ...CLIENT_ROLES].find((candidate) => candidate === value);
                if (role && role !== member.role)
                  void run(() => changeRole(member.id, role, member.clientId ?? null));
              }}
            />
            {member.clientId ? clientNames.get(member.clientId) : null}
          </Group>
        ) : (
          <>
            {t(`roles.${member.role}`)}
            {member.clientId ? ` · ${clientNames.get(member.clientId) ?? ''}` : ''}
          </>
        ),
    },
    {
      key: 'twoFactor',
      header: t('settings.members.twoFactor'),
      cell: (member) => (
        <Group gap={6} wrap="nowrap">
          <Badge variant="light" color={member.twoFactorEnabled ? 'green' : 'gray'}>
            {member.twoFactorEnabled ? t('settings.members.twoFactorOn') : t('settings.members.twoFactorOff')}
          </Badge>
          {/* Recovery: an owner resets the second factor of a member who lost it. */}
          {viewerRole === 'OWNER' && member.twoFactorEnabled && member.userId !== viewerUserId ? (
            confirming === `reset:${member.id}` ? (
              <Button
                size="xs"
                color="red"
                loading={busy}
                onClick={() => void run(() => resetSecondFactor(member.id))}
              >
                {t('settings.members.confirmResetTwoFactor', { name: member.name })}
              </Button>
            ) : (
              <Button size="xs" variant="subtle" onClick={() => setConfirming(`reset:${member.id}`)}>
                {t('settings.members.resetTwoFactor')}
              </Button>
            )
          ) : null}
        </Group>
      ),
    },
    { key: 'since', header: t('settings.members.since'), cell: (member) => format.date(member.createdAt) },
    {
      key: 'actions',
      header: t('settings.members.actions'),
      cell: (member) => {
        const self = member.userId === viewerUserId;
        if (!self && !manageable(member)) return null;
        const label = self ? t('settings.members.leave') : t('settings.members.remove');
        return confirming === member.id ? (
          <Button size="xs" color="red" loading={busy} onClick={() => void run(() => remove(member.id))}>
            {self
              ? t('settings.members.confirmLeave')
              : t('settings.members.confirmRemove', { name: member.name })}
          </Button>
        ) : (
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(member.id)}>
            {label}
          </Button>
        );
      },
    },
  ];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        {t('settings.members.title')}
      </Title>
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <DataTable
        columns={columns}
        rows={members}
        rowKey={(member) => member.id}
        loading={loading}
        loadingHeight={80}
        loadingSize="sm"
        error={error}
        onRetry={retry}
        empty={t('settings.members.empty')}
        minWidth={720}
      />
    </Paper>
  );
};
