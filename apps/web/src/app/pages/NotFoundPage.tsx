import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../shared/ui/PageHeader';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFound.title')} description={t('errors.notFound.code')} />
      <EmptyState mt="xl">
        <EmptyState.Description>{t('errors.notFound.description')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/">
            {t('errors.notFound.backHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
};
