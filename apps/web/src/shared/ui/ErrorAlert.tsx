import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localizeApiMessage } from '../graphql/api-messages';
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

// The api's texts are English; the summary comes first, the api's detail after it in the user's language (or not
// at all where no translation is known).
export const ErrorAlert = ({ error, onRetry }: ErrorAlertProps) => {
  const { t, i18n } = useTranslation();
  const apiError = toApiError(error);
  const detail =
    apiError.code === 'CONFLICT' || apiError.code === 'BAD_USER_INPUT'
      ? localizeApiMessage(apiError.message, i18n.resolvedLanguage)
      : null;
  return (
    <Alert color="red" role="alert" title={t(messageKey(apiError))}>
      {detail}
      {onRetry ? (
        <Button variant="light" color="red" size="xs" mt="xs" display="block" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
};
