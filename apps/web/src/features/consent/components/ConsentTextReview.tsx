import { Badge, Box, Group, List, Paper, Text, Title } from '@mantine/core';
import { Fragment, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lintConsentText,
  type ConsentTextFinding,
  type ConsentTextPurpose,
} from '@klarsicht/compliance-rules';

// Red, blue and gray only: the orange and yellow light badges fail WCAG contrast.
const SEVERITY_COLOR: Record<string, string> = { CRITICAL: 'red', HIGH: 'red', MEDIUM: 'blue', LOW: 'gray' };

type Passage = { start: number; end: number; index: number };

/** The text with each finding's passage marked (the selected finding's more strongly). */
const MarkedText = ({
  text,
  passages,
  selected,
}: {
  text: string;
  passages: Passage[];
  selected: number | null;
}) => {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const p of [...passages].sort((a, b) => a.start - b.start)) {
    if (p.start < at) continue;
    parts.push(<Fragment key={`t${at}`}>{text.slice(at, p.start)}</Fragment>);
    parts.push(
      <mark
        key={`m${p.start}`}
        data-finding={p.index}
        style={{ background: p.index === selected ? '#ffc9c9' : '#e7f5ff', color: 'inherit', padding: 0 }}
      >
        {text.slice(p.start, p.end)}
      </mark>,
    );
    at = p.end;
  }
  parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return (
    <Box component="p" style={{ whiteSpace: 'pre-wrap', margin: 0 }} fz="sm">
      {parts}
    </Box>
  );
};

type ConsentTextReviewProps = {
  clientName: string;
  language: string;
  purposes: string[];
  text: string;
};

/**
 * The consent-text review while typing (docs/judgement.md): the same pure checks the api runs at publication,
 * here in the browser, with the passage of each finding marked.
 */
export const ConsentTextReview = ({ clientName, language, purposes, text }: ConsentTextReviewProps) => {
  const { t, i18n } = useTranslation();
  const deferred = useDeferredValue(text);
  const [selected, setSelected] = useState<number | null>(null);
  const review = useMemo(
    () =>
      lintConsentText({
        language,
        text: deferred,
        purposes: purposes as ConsentTextPurpose[],
        controllerName: clientName,
      }),
    [clientName, language, purposes, deferred],
  );
  if (deferred.trim().length < 20) return null;
  const english = i18n.language.startsWith('en');
  const message = (f: ConsentTextFinding) => (english ? f.messageEn : f.messageDe);
  const passages = review.findings.flatMap((f, index) =>
    f.start !== null && f.end !== null ? [{ start: f.start, end: f.end, index }] : [],
  );

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="consent-text-review">
      <Group justify="space-between" mb="xs">
        <Title order={4} fz="md" id="consent-text-review">
          {t('consents.review.title')}
        </Title>
        <Badge
          color={review.readability.score < review.readability.threshold ? 'red' : 'gray'}
          variant="light"
        >
          {t('consents.review.readability', {
            score: review.readability.score.toLocaleString(english ? 'en' : 'de'),
            threshold: review.readability.threshold,
          })}
        </Badge>
      </Group>
      {review.findings.length === 0 ? (
        <Text size="sm">{t('consents.review.none')}</Text>
      ) : (
        <List spacing={4} size="sm" aria-label={t('consents.review.findings')}>
          {review.findings.map((f, index) => (
            <List.Item
              key={`${f.checkId}-${f.purpose ?? ''}-${f.start ?? ''}`}
              data-check={f.checkId}
              onMouseEnter={() => setSelected(index)}
              onFocus={() => setSelected(index)}
              tabIndex={0}
            >
              <Badge color={SEVERITY_COLOR[f.severity]} variant="light" mr={6}>
                {t(`clients.overview.severity.${f.severity}`)}
              </Badge>
              {message(f)}{' '}
              <Text span c="dimmed" size="xs">
                ({f.legalReference})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {passages.length ? (
        <Box mt="sm" aria-label={t('consents.review.marked')}>
          <MarkedText text={deferred} passages={passages} selected={selected} />
        </Box>
      ) : null}
      {review.highestSeverity === 'HIGH' || review.highestSeverity === 'CRITICAL' ? (
        <Text size="sm" c="red.8" mt="xs">
          {t('consents.review.blocking')}
        </Text>
      ) : null}
    </Paper>
  );
};
