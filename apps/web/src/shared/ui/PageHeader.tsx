import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

type PageHeaderProps = {
  title: string;
  description?: ReactNode;
};

export const PageHeader = ({ title, description }: PageHeaderProps) => {
  usePageTitle(title);
  return (
    <Stack gap={4} mb="md">
      <Title order={1}>{title}</Title>
      {description ? <Text c="dimmed">{description}</Text> : null}
    </Stack>
  );
};
