import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '../locales/de.json';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES } from '../shared/i18n/languages';

// German (the default, and the key reference for types) ships with the app; other languages load when used,
// which keeps a dictionary nobody reads out of the initial JavaScript.
export const resources = { de: { translation: de } } as const;

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load =
      language === 'en'
        ? import('../locales/en.json')
        : Promise.reject(new Error(`No texts for ${language}`));
    load.then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

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

/** Resolves once the texts of the starting language are there; render after it. */
export const i18nReady = i18n
  .use(lazyLanguages)
  .use(initReactI18next)
  .init({
    resources,
    partialBundledLanguages: true,
    lng: readStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18n };
