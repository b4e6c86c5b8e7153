import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/i18n/useFormat';
import { ComingSoon } from '../../../shared/ui/ComingSoon';
import { PageHeader } from '../../../shared/ui/PageHeader';

export const PortfolioPage = () => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageHeader
        title={t('portfolio.title')}
        description={t('portfolio.asOf', { date: format.date(new Date(), { dateStyle: 'long' }) })}
      />
      <ComingSoon description={t('portfolio.comingSoon')} />
    </>
  );
};
