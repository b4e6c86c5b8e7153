import {
  Button,
  Code,
  Group,
  Loader,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoMemberRole } from '../../../gql/graphql';

const STAFF_ROLES: readonly SsoMemberRole[] = ['DPO', 'ASSISTANT', 'AUDITOR'];
import { toApiError, type ApiError } from '../../../shared/graphql/errors';
import { useApiMessage } from '../../../shared/graphql/useApiMessage';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useSsoSettings } from '../hooks/useSso';

type Form = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  defaultRole: SsoMemberRole;
  enabled: boolean;
  requireSso: boolean;
};

const EMPTY: Form = {
  issuer: '',
  clientId: '',
  clientSecret: '',
  allowedDomains: [],
  defaultRole: 'ASSISTANT',
  enabled: false,
  requireSso: false,
};

/** Owners: the firm's OpenID Connect provider, the domains it vouches for and whether passwords still count. */
export const SsoSettingsSection = () => {
  const { t } = useTranslation();
  const say = useApiMessage();
  const { settings, loading, error, retry, save, saving } = useSsoSettings();
  const [form, setForm] = useState<Form>(EMPTY);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!settings) return;
    setForm({
      issuer: settings.issuer ?? '',
      clientId: settings.clientId ?? '',
      clientSecret: '',
      allowedDomains: settings.allowedDomains,
      defaultRole: settings.defaultRole,
      enabled: settings.enabled,
      requireSso: settings.requireSso,
    });
  }, [settings]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setSaved(false);
    setForm((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    try {
      await save({ ...form, clientSecret: form.clientSecret.trim() || null });
      setForm((current) => ({ ...current, clientSecret: '' }));
      setSaved(true);
    } catch (err) {
      setFailure(toApiError(err));
    }
  };

  const fieldError = (name: string) => {
    const message = failure?.fields[name];
    return message ? say(message) : undefined;
  };
  const roles = STAFF_ROLES.map((role) => ({
    value: role,
    label: t(`roles.${role}`),
  }));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sso-heading">
      <Title order={2} size="h3" id="sso-heading" mb="xs">
        {t('settings.sso.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.sso.intro')}
      </Text>
      {error ? <ErrorAlert error={error} onRetry={retry} /> : null}
      {/* The form appears with the stored values: nothing typed before they arrive is overwritten. */}
      {loading && !settings ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {settings ? (
        <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('settings.sso.title')}>
          <Stack gap="sm">
            <TextInput
              label={t('settings.sso.issuer')}
              placeholder="https://login.example.com/realms/kanzlei"
              value={form.issuer}
              onChange={(event) => set('issuer', event.currentTarget.value)}
              error={fieldError('issuer')}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('settings.sso.clientId')}
                value={form.clientId}
                onChange={(event) => set('clientId', event.currentTarget.value)}
                error={fieldError('clientId')}
              />
              <PasswordInput
                label={t('settings.sso.clientSecret')}
                description={settings?.hasClientSecret ? t('settings.sso.secretKept') : undefined}
                autoComplete="off"
                value={form.clientSecret}
                onChange={(event) => set('clientSecret', event.currentTarget.value)}
                error={fieldError('clientSecret')}
              />
            </Group>
            <TagsInput
              label={t('settings.sso.domains')}
              description={t('settings.sso.domainsHint')}
              value={form.allowedDomains}
              onChange={(value) => set('allowedDomains', value)}
              error={fieldError('allowedDomains')}
            />
            <Select
              label={t('settings.sso.defaultRole')}
              description={t('settings.sso.defaultRoleHint')}
              data={roles}
              value={form.defaultRole}
              allowDeselect={false}
              onChange={(value) => {
                const role = STAFF_ROLES.find((r) => r === value);
                if (role) set('defaultRole', role);
              }}
              error={fieldError('defaultRole')}
            />
            <Switch
              label={t('settings.sso.enabled')}
              checked={form.enabled}
              onChange={(event) => set('enabled', event.currentTarget.checked)}
            />
            <Switch
              label={t('settings.sso.requireSso')}
              description={t('settings.sso.requireSsoHint')}
              checked={form.requireSso}
              onChange={(event) => set('requireSso', event.currentTarget.checked)}
              error={fieldError('requireSso')}
            />
            {settings ? (
              <Text size="sm">
                {t('settings.sso.redirectUri')} <Code>{settings.redirectUri}</Code>
              </Text>
            ) : null}
            {failure && Object.keys(failure.fields).length === 0 ? <ErrorAlert error={failure} /> : null}
            <div role="status">
              {saved ? (
                <Text size="sm" fw={500}>
                  {t('settings.sso.saved')}
                </Text>
              ) : null}
            </div>
            <Group>
              <Button type="submit" loading={saving}>
                {t('settings.sso.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
};
