import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/languages';

/** The CSV dialect whose spreadsheet matches the UI language (docs/api.md § CSV dialects). */
const DIALECT: Record<Language, string> = { de: 'excel-de', en: 'excel-en' };

export const csvDialectFor = (language: string): string => DIALECT[isLanguage(language) ? language : 'de'];

/** `?dialect=` for the export buttons: what an Excel in the UI language opens as columns. */
export const useCsvDialect = (): string => {
  const { i18n } = useTranslation();
  return csvDialectFor(i18n.resolvedLanguage ?? i18n.language);
};
