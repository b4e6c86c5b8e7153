import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { usePageTitle } from './usePageTitle';

type PublicPageLayoutProps = {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
};

// Pages without a session (sign-in, sign-up, invitations): a single card, own <main>.
export const PublicPageLayout = ({ title, subtitle, children }: PublicPageLayoutProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  usePageTitle(title);
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group component="header" justify="space-between" px="md" py="sm">
        <Text fw={700} fz="xl">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper
          withBorder
          shadow="sm"
          p="xl"
          w="100%"
          maw={440}
          component="section"
          aria-labelledby={headingId}
        >
          <Stack gap="md">
            <div>
              <Title order={1} id={headingId}>
                {title}
              </Title>
              {subtitle ? (
                <Text c="dimmed" size="sm" mt={4}>
                  {subtitle}
                </Text>
              ) : null}
            </div>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
};
