import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../shared/ui/ComingSoon';
import { PageHeader } from '../../../shared/ui/PageHeader';

export const AuditPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <ComingSoon description={t('audit.comingSoon')} />
    </>
  );
};
