import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from '../i18n/languages';

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const data = LANGUAGES.map((language) => ({
    value: language,
    // Visible code; screen readers get the language's own name, pronounced in that language.
    label: (
      <>
        <span aria-hidden="true">{language.toUpperCase()}</span>
        <VisuallyHidden lang={language}>{t(`language.names.${language}`)}</VisuallyHidden>
      </>
    ),
  }));

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      data={data}
      value={current}
      onChange={(value) => {
        if (isLanguage(value)) void i18n.changeLanguage(value);
      }}
    />
  );
};
