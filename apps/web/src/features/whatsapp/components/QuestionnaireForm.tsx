import {
  type QuestionDefinition,
  questionsFor,
  type Variant,
  type WhatsAppAnswers,
  VARIANTS,
} from '@klarsicht/compliance-rules';
import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type QuestionnaireFormProps = {
  variant: Variant;
  answers: WhatsAppAnswers;
  onVariantChange: (variant: Variant) => void;
  onAnswerChange: (key: QuestionDefinition['key'], value: boolean | null) => void;
  disabled?: boolean;
};

const toValue = (answer: boolean | null): string => (answer === null ? 'unknown' : answer ? 'yes' : 'no');
const fromValue = (value: string): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

// Rendered from the rule library's QUESTIONNAIRE, so the web asks exactly what the rules evaluate;
// follow-up questions appear and disappear with the answers they depend on.
export const QuestionnaireForm = ({
  variant,
  answers,
  onVariantChange,
  onAnswerChange,
  disabled = false,
}: QuestionnaireFormProps) => {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const questions = questionsFor(variant, answers);

  return (
    <Stack gap="lg">
      <Radio.Group
        label={t('whatsapp.variant.label')}
        description={t('whatsapp.variant.description')}
        value={variant}
        onChange={(value) => {
          const next = VARIANTS.find((candidate) => candidate === value);
          if (next) onVariantChange(next);
        }}
      >
        <Stack gap="xs" mt="xs">
          {VARIANTS.map((option) => (
            <Radio key={option} value={option} label={t(`whatsapp.variant.${option}`)} disabled={disabled} />
          ))}
        </Stack>
      </Radio.Group>

      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {questions.map((question, index) => (
          <li key={question.key}>
            <Radio.Group
              label={
                <Text span fw={600}>
                  {t('whatsapp.questionNumber', { number: index + 1 })}{' '}
                  {english ? question.textEn : question.textDe}
                </Text>
              }
              description={english ? question.helpEn : question.helpDe}
              value={toValue(answers[question.key])}
              onChange={(value) => onAnswerChange(question.key, fromValue(value))}
            >
              <Group gap="lg" mt="xs">
                <Radio value="yes" label={t('whatsapp.answer.yes')} disabled={disabled} />
                <Radio value="no" label={t('whatsapp.answer.no')} disabled={disabled} />
                <Radio value="unknown" label={t('whatsapp.answer.unknown')} disabled={disabled} />
              </Group>
            </Radio.Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
};
