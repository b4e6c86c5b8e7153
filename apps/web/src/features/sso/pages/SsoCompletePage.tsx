import { Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { refreshAccessToken } from '../../../shared/auth/refresh-access-token';
import { tokenStore } from '../../../shared/auth/token-store';
import { PublicPageLayout } from '../../../shared/ui/PublicPageLayout';

/** Where the SSO callback lands: the refresh cookie it set becomes an access token, then the app opens. */
export const SsoCompletePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => {
    let active = true;
    void refreshAccessToken().then(async (token) => {
      if (!active) return;
      if (token) {
        tokenStore.set(token);
        await navigate('/', { replace: true });
      } else {
        await navigate('/login?sso_error=expired', { replace: true });
      }
    });
    return () => {
      active = false;
    };
  }, [navigate]);
  return (
    <PublicPageLayout title={t('auth.sso.completing')}>
      <Stack align="center" gap="sm" role="status">
        <Loader size="sm" />
        <Text size="sm">{t('auth.sso.completing')}</Text>
      </Stack>
    </PublicPageLayout>
  );
};
