import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { EMAIL_PATTERN } from '../../auth/validation';
import { useSsoOptions } from '../hooks/useSso';

/** "Mit SSO anmelden" for each firm whose single sign-on covers the email typed so far. */
export const SsoSignInOptions = ({ email }: { email: string }) => {
  const { t } = useTranslation();
  const [settled] = useDebouncedValue(email.trim(), 300);
  const options = useSsoOptions(EMAIL_PATTERN.test(settled) ? settled : null);
  if (options.length === 0) return null;
  return (
    <Stack gap="xs" aria-label={t('auth.sso.options')} role="group">
      {options.map((option) => (
        <Button key={option.tenantId} component="a" href={option.startUrl} variant="light" fullWidth>
          {options.length === 1 ? t('auth.sso.signIn') : t('auth.sso.signInAt', { firm: option.tenantName })}
        </Button>
      ))}
    </Stack>
  );
};

const REASONS = [
  'unavailable',
  'expired',
  'rejected',
  'unverified_email',
  'domain',
  'account_exists',
  'removed',
  'portal_closed',
] as const;

/** The text for `/login?sso_error=<reason>`, or null. */
export const useSsoErrorText = (search: string): string | null => {
  const { t } = useTranslation();
  const reason = new URLSearchParams(search).get('sso_error');
  if (!reason) return null;
  const known = REASONS.find((r) => r === reason);
  return known ? t(`auth.sso.error.${known}`) : t('auth.sso.error.rejected');
};
