import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../shared/ui/ComingSoon';
import { PageHeader } from '../../../shared/ui/PageHeader';

export const SettingsPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <ComingSoon description={t('settings.comingSoon')} />
    </>
  );
};
