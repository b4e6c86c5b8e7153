import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  type MantineColor,
  type MantineSpacing,
  Text,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ShownOnceAlertProps = {
  color: MantineColor;
  title?: string;
  // What to do with the value, above it.
  description?: ReactNode;
  // The secret or link: the api hands it out this one time and cannot show it again.
  value: string;
  valueTestId?: string;
  copyable?: boolean;
  mt?: MantineSpacing;
  // Below the value: how to use it, a button to dismiss it.
  children?: ReactNode;
};

/** A secret or link the api returns only once (API key, invitation link, consent link, TOTP key). */
export const ShownOnceAlert = ({
  color,
  title,
  description,
  value,
  valueTestId,
  copyable = true,
  mt,
  children,
}: ShownOnceAlertProps) => {
  const { t } = useTranslation();
  return (
    <Alert color={color} title={title} mt={mt}>
      {description ? (
        <Text size="sm" mb="xs" fw={600}>
          {description}
        </Text>
      ) : null}
      <Group gap="xs" wrap="nowrap" align="center" mb={children ? 'xs' : undefined}>
        <Code data-testid={valueTestId} style={{ wordBreak: 'break-all' }}>
          {value}
        </Code>
        {copyable ? (
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        ) : null}
      </Group>
      {children}
    </Alert>
  );
};
