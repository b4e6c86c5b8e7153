import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatters, type Formatters, localeFor } from './formatters';

/** Formatters for the UI language with its region (`de-DE`, `en-GB`). */
export const useFormat = (): Formatters => {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(localeFor(language)), [language]);
};

/**
 * Formatters for the bare UI language (`de`, `en`): what the task inbox, documents, consents and the audit log
 * have always shown, which in English is US order (`Jan 10, 2026, 2:05 PM`) rather than en-GB. Kept apart
 * from useFormat so that aligning them is a visible decision, not a side effect of a refactor.
 */
export const useLanguageFormat = (): Formatters => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => createFormatters(language), [language]);
};
