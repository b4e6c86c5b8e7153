import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES } from '../shared/i18n/languages';

export const resources = { de: { translation: de }, en: { translation: en } } as const;

const STORAGE_KEY = 'klarsicht.language';

const readStoredLanguage = (): Language => {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked by privacy settings; fall back to the default.
    return DEFAULT_LANGUAGE;
  }
};

const applyLanguage = (language: string): void => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the choice still holds for this tab.
  }
};

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
