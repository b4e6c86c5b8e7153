import { Center, Loader, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The loading state of a page, tab or section: a labelled spinner announced as a status. */
export const Loading = ({ minHeight = 120, size }: { minHeight?: number; size?: MantineSize }) => {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status">
      <Loader size={size} aria-label={t('app.loading')} />
    </Center>
  );
};
