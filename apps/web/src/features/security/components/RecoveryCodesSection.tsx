import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ShownOnceAlert } from '../../../shared/ui/ShownOnceAlert';
import { useRecoveryCodes } from '../hooks/useRecoveryAndPolicy';
import { TotpCodeForm } from './TotpCodeForm';

/** Ten one-time codes for when the authenticator app is lost; new ones replace the old. */
export const RecoveryCodesSection = () => {
  const { t } = useTranslation();
  const { generate, generating } = useRecoveryCodes();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { errors, formError, applyApiError, reset } = useFieldErrors<'code'>();
  const submit = async (code: string) => {
    if (!code) {
      reset({ code: t('auth.validation.totpRequired') });
      return;
    }
    reset();
    try {
      setCodes(await generate(code));
    } catch (error) {
      const apiError = applyApiError(error, ['code']);
      if (apiError.fields['code']) reset({ code: t('settings.totp.invalidCode') });
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm">{t('settings.recovery.intro')}</Text>
      <TotpCodeForm
        label={t('settings.recovery.code')}
        submitLabel={t('settings.recovery.generate')}
        loading={generating}
        error={errors.code}
        onSubmit={(code) => void submit(code)}
      />
      {formError ? <ErrorAlert error={formError} /> : null}
      <div role="status">
        {codes ? (
          <ShownOnceAlert
            color="yellow"
            title={t('settings.recovery.title')}
            description={t('settings.recovery.keep')}
            value={codes.join('\n')}
            valueTestId="recovery-codes"
          />
        ) : null}
      </div>
    </Stack>
  );
};
