import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// Screen readers announce the document title after client-side navigation, so each page sets one.
export const usePageTitle = (title: string): void => {
  const { t } = useTranslation();
  const full = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = full;
  }, [full]);
};
