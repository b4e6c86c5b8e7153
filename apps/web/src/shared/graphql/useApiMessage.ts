import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeApiMessage } from './api-messages';

/** Says an api message (a field's, an import line's) in the UI language; a generic text where none is known. */
export const useApiMessage = (): ((message: string) => string) => {
  const { t, i18n } = useTranslation();
  return useCallback(
    (message: string) => localizeApiMessage(message, i18n.resolvedLanguage) ?? t('errors.api.invalidField'),
    [i18n.resolvedLanguage, t],
  );
};
