import { Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../gql/graphql';
import { useFieldErrors } from '../../../shared/graphql/useFieldErrors';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useCreateDocument } from '../hooks/useCreateDocument';

const TYPES: DocumentType[] = [
  'PROCESSING_RECORD',
  'DPIA',
  'PRIVACY_NOTICE',
  'DPA',
  'TOM',
  'IMPRINT',
  'CONSENT_TEXT',
  'TRAINING_PROOF',
  'EVIDENCE',
  'OTHER',
];

type CreateDocumentFormProps = {
  clientId: string;
  onCreated: () => Promise<unknown>;
};

export const CreateDocumentForm = ({ clientId, onCreated }: CreateDocumentFormProps) => {
  const { t } = useTranslation();
  const { createDocument, creating } = useCreateDocument(clientId);
  const [type, setType] = useState<DocumentType>('PROCESSING_RECORD');
  const [title, setTitle] = useState('');
  const { errors, formError, applyApiError, reset } = useFieldErrors<'title' | 'type'>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      reset({ title: t('documents.titleRequired') });
      return;
    }
    reset();
    try {
      await createDocument(type, title.trim());
      setTitle('');
      await onCreated();
    } catch (error) {
      applyApiError(error, ['title', 'type']);
    }
  };

  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label={t('documents.create')} noValidate>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('documents.type')}
            data={TYPES.map((value) => ({ value, label: t(`documents.types.${value}`) }))}
            value={type}
            onChange={(value) => value && setType(value)}
            allowDeselect={false}
            error={errors.type}
            w={260}
          />
          <TextInput
            label={t('documents.titleLabel')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            w={320}
          />
          <Button type="submit" loading={creating}>
            {t('documents.create')}
          </Button>
        </Group>
      </form>
      {formError ? <ErrorAlert error={formError} /> : null}
    </>
  );
};
