import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../../shared/ui/usePageTitle';

// Rendered outside the shell, so it brings its own <main>. Typical cause: a lazy chunk
// from a previous deploy that no longer exists on the server.
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('errors.route.title'));
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Center component="main" mih="100vh" p="md">
      <Stack align="center" maw={480} ta="center">
        <Title order={1}>{t('errors.route.title')}</Title>
        <Text>{t('errors.route.description')}</Text>
        <Button onClick={() => window.location.reload()}>{t('errors.route.reload')}</Button>
      </Stack>
    </Center>
  );
};
