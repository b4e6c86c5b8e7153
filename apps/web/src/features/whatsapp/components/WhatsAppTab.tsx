import { emptyAnswers, type Variant, type WhatsAppAnswers } from '@klarsicht/compliance-rules';
import { Alert, Paper, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionnaireForm } from './QuestionnaireForm';

// The api has no WhatsApp accounts yet: the questionnaire is shown so a DPO can walk a client
// through it, and the page says plainly that answers are not saved.
export const WhatsAppTab = () => {
  const { t } = useTranslation();
  const [variant, setVariant] = useState<Variant>('BUSINESS_APP');
  const [answers, setAnswers] = useState<WhatsAppAnswers>(emptyAnswers);

  return (
    <>
      <Alert color="blue" title={t('whatsapp.previewTitle')} mb="md">
        {t('whatsapp.preview')}
      </Alert>
      <Paper withBorder p="md" radius="md">
        <Title order={3} mb="md">
          {t('whatsapp.questionnaireTitle')}
        </Title>
        <QuestionnaireForm
          variant={variant}
          answers={answers}
          onVariantChange={setVariant}
          onAnswerChange={(key, value) => setAnswers((current) => ({ ...current, [key]: value }))}
        />
      </Paper>
    </>
  );
};
