import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeApiMessage } from './api-messages';
import { type ApiError, toApiError } from './errors';

// Keeps client-side validation messages (translated) and the api's per-field messages together.
export const useFieldErrors = <F extends string>() => {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);

  const applyApiError = useCallback(
    (error: unknown, fields: readonly F[]): ApiError => {
      const apiError = toApiError(error);
      const atFields: Partial<Record<F, string>> = {};
      for (const field of fields) {
        const message = apiError.fields[field];
        // In the user's language: a message without a translation shows as a generic one, never in English.
        if (message)
          atFields[field] =
            localizeApiMessage(message, i18n.resolvedLanguage) ?? t('errors.api.invalidField');
      }
      setErrors(atFields);
      // Errors not tied to a shown field go to the form-level alert.
      setFormError(Object.keys(atFields).length > 0 ? null : apiError);
      return apiError;
    },
    [i18n, t],
  );

  const reset = useCallback((next: Partial<Record<F, string>> = {}) => {
    setErrors(next);
    setFormError(null);
  }, []);

  return { errors, setErrors, formError, applyApiError, reset };
};
