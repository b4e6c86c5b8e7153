import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ApiError, toApiError } from '../graphql/errors';

type ErrorAlertProps = {
  error: unknown;
  onRetry?: () => void;
};

const messageKey = (error: ApiError) => {
  switch (error.code) {
    case 'FORBIDDEN':
      return 'errors.api.forbidden' as const;
    case 'NOT_FOUND':
      return 'errors.api.notFound' as const;
    case 'CONFLICT':
      return 'errors.api.conflict' as const;
    case 'RATE_LIMITED':
      return 'errors.api.rateLimited' as const;
    case 'BAD_USER_INPUT':
      return 'errors.api.badInput' as const;
    default:
      return 'errors.api.unknown' as const;
  }
};

// Server texts are English-only; the localized summary comes first, the server's detail after it.
export const ErrorAlert = ({ error, onRetry }: ErrorAlertProps) => {
  const { t } = useTranslation();
  const apiError = toApiError(error);
  const showDetail = apiError.code === 'CONFLICT' || apiError.code === 'BAD_USER_INPUT';
  return (
    <Alert color="red" role="alert" title={t(messageKey(apiError))}>
      {showDetail ? apiError.message : null}
      {onRetry ? (
        <Button variant="light" color="red" size="xs" mt="xs" display="block" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
};
