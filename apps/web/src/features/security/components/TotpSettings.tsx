import { Alert, Badge, Button, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLORS } from '../../../shared/compliance/LevelBadge';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ShownOnceAlert } from '../../../shared/ui/ShownOnceAlert';
import { useQrDataUrl } from '../hooks/useQrDataUrl';
import { type TotpSetup, useTotp } from '../hooks/useTotp';
import { RecoveryCodesSection } from './RecoveryCodesSection';
import { TotpCodeForm } from './TotpCodeForm';

export const TotpSettings = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const enabled = viewer.user?.totpEnabled ?? false;
  const totp = useTotp();
  const { errors, formError, applyApiError, reset } = useFieldErrors<'code'>();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [justEnabled, setJustEnabled] = useState(false);
  const qr = useQrDataUrl(setup?.otpauthUrl ?? null);

  if (!viewer.user) return null;

  const start = async () => {
    reset();
    setJustEnabled(false);
    try {
      const started = await totp.startSetup();
      if (started) setSetup(started);
    } catch (error) {
      applyApiError(error, []);
    }
  };

  const submitCode = async (code: string, action: 'confirm' | 'disable') => {
    if (!code) {
      reset({ code: t('auth.validation.totpRequired') });
      return;
    }
    reset();
    try {
      if (action === 'confirm') {
        await totp.confirmSetup(code);
        setSetup(null);
        setJustEnabled(true);
      } else {
        await totp.switchOff(code);
        setJustEnabled(false);
      }
    } catch (error) {
      const apiError = applyApiError(error, ['code']);
      if (apiError.fields['code']) reset({ code: t('settings.totp.invalidCode') });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="totp-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="totp-heading">
          {t('settings.totp.title')}
        </Title>
        <Badge color={enabled ? LEVEL_COLORS.GREEN : 'gray.7'} variant="filled">
          {enabled ? t('settings.totp.on') : t('settings.totp.off')}
        </Badge>
      </Group>
      <Stack gap="sm">
        <Text size="sm">{t('settings.totp.intro')}</Text>
        <div role="status">
          {justEnabled ? <Alert color="green">{t('settings.totp.enabled')}</Alert> : null}
        </div>
        {formError ? <ErrorAlert error={formError} /> : null}
        {enabled ? (
          <>
            <RecoveryCodesSection />
            <TotpCodeForm
              label={t('settings.totp.disableCode')}
              submitLabel={t('settings.totp.disable')}
              loading={totp.switchingOff}
              error={errors.code}
              color="red"
              onSubmit={(code) => void submitCode(code, 'disable')}
            />
          </>
        ) : setup ? (
          <Stack gap="sm">
            <Text size="sm">{t('settings.totp.scan')}</Text>
            {qr ? (
              <Image src={qr} alt={t('settings.totp.qrAlt')} w={200} h={200} />
            ) : (
              <div style={{ width: 200, height: 200 }} />
            )}
            <ShownOnceAlert
              color="yellow"
              description={t('settings.totp.secret')}
              value={setup.secret}
              copyable={false}
            />
            <TotpCodeForm
              label={t('settings.totp.confirmCode')}
              submitLabel={t('settings.totp.confirm')}
              loading={totp.confirming}
              error={errors.code}
              onSubmit={(code) => void submitCode(code, 'confirm')}
            />
          </Stack>
        ) : (
          <Group>
            <Button onClick={() => void start()} loading={totp.starting}>
              {t('settings.totp.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
};
