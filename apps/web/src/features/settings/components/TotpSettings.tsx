import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Code, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLORS } from '../../../shared/compliance/LevelBadge';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { MeQuery } from '../../../shared/session/MeQuery';
import { useViewer } from '../../../shared/session/SessionContext';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { ConfirmTotpMutation } from '../graphql/ConfirmTotpMutation';
import { DisableTotpMutation } from '../graphql/DisableTotpMutation';
import { EnableTotpMutation } from '../graphql/EnableTotpMutation';

// qrcode is loaded only when someone starts the setup.
const useQrDataUrl = (text: string | null): string | null => {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return;
    let active = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toDataURL(text, { margin: 1, width: 200, errorCorrectionLevel: 'M' }))
      .then((dataUrl) => {
        if (active) setUrl(dataUrl);
      });
    return () => {
      active = false;
    };
  }, [text]);
  return text ? url : null;
};

const CodeForm = ({
  label,
  submitLabel,
  loading,
  error,
  onSubmit,
  color,
}: {
  label: string;
  submitLabel: string;
  loading: boolean;
  error: string | undefined;
  onSubmit: (code: string) => void;
  color?: string;
}) => {
  const [code, setCode] = useState('');
  const handle = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(code.replace(/\s/g, ''));
  };
  return (
    <form noValidate onSubmit={handle}>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={label}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={8}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={error}
          w={200}
        />
        <Button type="submit" loading={loading} mt={25} color={color}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
};

export const TotpSettings = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const enabled = viewer.user?.totpEnabled ?? false;
  const [enable, enableState] = useMutation(EnableTotpMutation);
  const [confirm, confirmState] = useMutation(ConfirmTotpMutation, { refetchQueries: [MeQuery] });
  const [disable, disableState] = useMutation(DisableTotpMutation, { refetchQueries: [MeQuery] });
  const { errors, formError, applyApiError, reset } = useFieldErrors<'code'>();
  const [setup, setSetup] = useState<{ otpauthUrl: string; secret: string } | null>(null);
  const [justEnabled, setJustEnabled] = useState(false);
  const qr = useQrDataUrl(setup?.otpauthUrl ?? null);

  if (!viewer.user) return null;

  const start = async () => {
    reset();
    setJustEnabled(false);
    try {
      const { data } = await enable();
      if (data) setSetup(data.enableTotp);
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
        await confirm({ variables: { input: { code } } });
        setSetup(null);
        setJustEnabled(true);
      } else {
        await disable({ variables: { input: { code } } });
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
          <CodeForm
            label={t('settings.totp.disableCode')}
            submitLabel={t('settings.totp.disable')}
            loading={disableState.loading}
            error={errors.code}
            color="red"
            onSubmit={(code) => void submitCode(code, 'disable')}
          />
        ) : setup ? (
          <Stack gap="sm">
            <Text size="sm">{t('settings.totp.scan')}</Text>
            {qr ? (
              <Image src={qr} alt={t('settings.totp.qrAlt')} w={200} h={200} />
            ) : (
              <div style={{ width: 200, height: 200 }} />
            )}
            <Text size="sm">
              {t('settings.totp.secret')} <Code>{setup.secret}</Code>
            </Text>
            <CodeForm
              label={t('settings.totp.confirmCode')}
              submitLabel={t('settings.totp.confirm')}
              loading={confirmState.loading}
              error={errors.code}
              onSubmit={(code) => void submitCode(code, 'confirm')}
            />
          </Stack>
        ) : (
          <Group>
            <Button onClick={() => void start()} loading={enableState.loading}>
              {t('settings.totp.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
};
