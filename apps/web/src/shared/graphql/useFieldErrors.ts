import { useCallback, useState } from 'react';
import { type ApiError, toApiError } from './errors';
import { useApiMessage } from './useApiMessage';

// Keeps client-side validation messages (translated) and the api's per-field messages together.
export const useFieldErrors = <F extends string>() => {
  const say = useApiMessage();
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);

  const applyApiError = useCallback(
    (error: unknown, fields: readonly F[]): ApiError => {
      const apiError = toApiError(error);
      const atFields: Partial<Record<F, string>> = {};
      for (const field of fields) {
        const message = apiError.fields[field];
        // In the user's language: a message without a translation shows as a generic one, never in English.
        if (message) atFields[field] = say(message);
      }
      setErrors(atFields);
      // Errors not tied to a shown field go to the form-level alert.
      setFormError(Object.keys(atFields).length > 0 ? null : apiError);
      return apiError;
    },
    [say],
  );

  const reset = useCallback((next: Partial<Record<F, string>> = {}) => {
    setErrors(next);
    setFormError(null);
  }, []);

  return { errors, setErrors, formError, applyApiError, reset };
};
