import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ComingSoonProps = {
  description: string;
};

const HourglassIcon = () => (
  <svg
    width="28"
    height="28"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M6 3h12M6 21h12M7 3c0 5 5 6 5 9s-5 4-5 9M17 3c0 5-5 6-5 9s5 4 5 9" />
  </svg>
);

// Honest placeholder for a feature whose module has not landed yet.
export const ComingSoon = ({ description }: ComingSoonProps) => {
  const { t } = useTranslation();
  return (
    <EmptyState variant="light" icon={<HourglassIcon />} mt="xl">
      <EmptyState.Title order={2}>{t('common.comingSoon')}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
    </EmptyState>
  );
};
