import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../shared/ui/ComingSoon';
import { PageHeader } from '../../../shared/ui/PageHeader';

export const TasksPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tasks.title')} />
      <ComingSoon description={t('tasks.comingSoon')} />
    </>
  );
};
