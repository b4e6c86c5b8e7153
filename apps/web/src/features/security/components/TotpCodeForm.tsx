import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

type TotpCodeFormProps = {
  label: string;
  submitLabel: string;
  loading: boolean;
  error: string | undefined;
  onSubmit: (code: string) => void;
  color?: string;
};

/** One field for a code from the authenticator app, and its button. */
export const TotpCodeForm = ({ label, submitLabel, loading, error, onSubmit, color }: TotpCodeFormProps) => {
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
