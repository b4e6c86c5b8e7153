import type { Severity } from '../types';
import {
  CONSENT_TEXT_CHECKS,
  CONSENT_TEXT_VOCABULARY,
  MAX_SENTENCE_WORDS,
  PURPOSE_NAMES,
  READABILITY_THRESHOLD,
  type ConsentTextCheck,
  type ConsentTextCheckId,
  type ConsentTextPurpose,
  type ConsentTextVocabulary,
} from './consent-text-checks';
import {
  readabilityOf,
  splitSentences,
  type Readability,
  type Sentence,
  type TextSpan,
} from './readability.util';

export type ConsentTextLintInput = {
  /** de or en; anything else is read as English. */
  language: string;
  text: string;
  purposes: readonly ConsentTextPurpose[];
  /** The client's name; `null` skips CONTROLLER_NAMED. */
  controllerName: string | null;
  /** Meta is involved whenever the channel is WhatsApp; `false` skips META_TRANSFER. */
  metaInvolved?: boolean;
};

export type ConsentTextFinding = {
  checkId: ConsentTextCheckId;
  severity: Severity;
  messageDe: string;
  messageEn: string;
  legalReference: string;
  /** The purpose a PURPOSE_STATED finding is about. */
  purpose: ConsentTextPurpose | null;
  /** The passage the finding is about (offsets into `text`), `null` when something is missing altogether. */
  start: number | null;
  end: number | null;
};

export type ConsentTextLintResult = {
  findings: ConsentTextFinding[];
  readability: Readability & { threshold: number };
  /** The most severe finding's severity, `null` without findings. */
  highestSeverity: Severity | null;
};

const CHECKS = new Map<ConsentTextCheckId, ConsentTextCheck>(CONSENT_TEXT_CHECKS.map((c) => [c.id, c]));
const SEVERITY_ORDER: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

// A stem matches at the start of a word ("angebot" finds "Angebote", not "Sonderangebote").
const patternOf = (stems: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})`, 'iu');

function find(text: string, stems: readonly string[]): TextSpan | null {
  const match = patternOf(stems).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const sentenceAt = (sentences: readonly Sentence[], at: number): TextSpan | undefined =>
  sentences.find((s) => s.start <= at && at < s.end);

const fill = (message: string, values: Record<string, string | number>): string =>
  message.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

function finding(
  id: ConsentTextCheckId,
  span: TextSpan | null | undefined,
  values: { de?: Record<string, string | number>; en?: Record<string, string | number> } = {},
  purpose: ConsentTextPurpose | null = null,
): ConsentTextFinding {
  const check = CHECKS.get(id) as ConsentTextCheck;
  return {
    checkId: id,
    severity: check.severity,
    messageDe: fill(check.messageDe, values.de ?? {}),
    messageEn: fill(check.messageEn, values.en ?? values.de ?? {}),
    legalReference: check.legalReference,
    purpose,
    start: span?.start ?? null,
    end: span?.end ?? null,
  };
}

// "Bäckerei Müller GmbH" is named when the text says "Bäckerei Müller"; legal forms are left out of the match.
const LEGAL_FORM =
  /(?:,?\s+(?:gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|ag|ug(?:\s*\(haftungsbeschränkt\))?|e\.\s?k\.?|e\.\s?v\.?|kg|ohg|gbr|se|partg(?:\s*mbb)?|inc\.?|ltd\.?|llc))+\s*$/iu;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function controllerCheck(text: string, name: string): ConsentTextFinding[] {
  const core = name.trim().replace(LEGAL_FORM, '').trim() || name.trim();
  if (!core) return [];
  const flexible = core.split(/\s+/).map(escape).join('\\s+');
  return new RegExp(flexible, 'iu').test(text) ? [] : [finding('CONTROLLER_NAMED', null)];
}

function purposeChecks(text: string, input: ConsentTextLintInput, words: ConsentTextVocabulary) {
  return [...new Set(input.purposes)].flatMap((purpose) =>
    find(text, words.purposes[purpose])
      ? []
      : [
          finding(
            'PURPOSE_STATED',
            null,
            { de: { purpose: PURPOSE_NAMES[purpose].de }, en: { purpose: PURPOSE_NAMES[purpose].en } },
            purpose,
          ),
        ],
  );
}

function marketingCheck(
  text: string,
  input: ConsentTextLintInput,
  words: ConsentTextVocabulary,
  sentences: readonly Sentence[],
): ConsentTextFinding[] {
  const purposes = new Set(input.purposes);
  if (purposes.has('MARKETING')) {
    if (purposes.size === 1) return [];
    const at = find(text, words.purposes.MARKETING);
    return [finding('MARKETING_SEPARATE', at ? sentenceAt(sentences, at.start) : null)];
  }
  // Not asked for, and yet the text advertises: a marketing consent hidden in a service text.
  const hidden = find(text, words.advertising);
  return hidden ? [finding('MARKETING_SEPARATE', sentenceAt(sentences, hidden.start))] : [];
}

function withdrawalChecks(text: string, words: ConsentTextVocabulary, sentences: readonly Sentence[]) {
  const at = find(text, words.withdrawal);
  if (!at) return [finding('WITHDRAWAL', null)];
  const sentence = sentenceAt(sentences, at.start) ?? at;
  // "at any time" and the means may be in the sentence or the next one ("Schreiben Sie dazu STOP.").
  const next = sentences.find((s) => s.start >= sentence.end);
  const around = text.slice(sentence.start, next?.end ?? sentence.end);
  return find(around, words.anyTime) && find(around, words.withdrawalMeans)
    ? []
    : [finding('WITHDRAWAL_HOW', sentence)];
}

function metaCheck(text: string, words: ConsentTextVocabulary): ConsentTextFinding[] {
  return find(text, words.meta) && find(text, words.thirdCountry) ? [] : [finding('META_TRANSFER', null)];
}

function termsChecks(words: ConsentTextVocabulary, sentences: readonly Sentence[]) {
  return sentences.flatMap((s) =>
    find(s.text, words.terms) && find(s.text, words.acceptance) && !find(s.text, words.independence)
      ? [finding('NO_TERMS_BUNDLING', s)]
      : [],
  );
}

/** The consent text checks of docs/judgement.md, in the order of CONSENT_TEXT_CHECKS (pure, for api and web). */
export function lintConsentText(input: ConsentTextLintInput): ConsentTextLintResult {
  const language = input.language === 'de' ? 'de' : 'en';
  const words = CONSENT_TEXT_VOCABULARY[language];
  const text = input.text;
  const sentences = splitSentences(text, language);
  const readability = readabilityOf(sentences, language);
  const findings: ConsentTextFinding[] = [
    ...(input.controllerName !== null ? controllerCheck(text, input.controllerName) : []),
    ...(find(text, words.channel) ? [] : [finding('CHANNEL_NAMED', null)]),
    ...purposeChecks(text, input, words),
    ...marketingCheck(text, input, words, sentences),
    ...withdrawalChecks(text, words, sentences),
    ...(find(text, words.privacyNotice) ? [] : [finding('PRIVACY_NOTICE', null)]),
    ...(input.metaInvolved === false ? [] : metaCheck(text, words)),
    ...termsChecks(words, sentences),
    ...sentences
      .filter((s) => s.words > MAX_SENTENCE_WORDS)
      .map((s) => finding('SENTENCE_LENGTH', s, { de: { limit: MAX_SENTENCE_WORDS } })),
    ...(readability.words > 0 && readability.score < READABILITY_THRESHOLD
      ? [
          finding('READABILITY', null, {
            de: { score: readability.score.toLocaleString('de-DE'), threshold: READABILITY_THRESHOLD },
            en: { score: readability.score, threshold: READABILITY_THRESHOLD },
          }),
        ]
      : []),
  ];
  const highestSeverity = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? null;
  return { findings, readability: { ...readability, threshold: READABILITY_THRESHOLD }, highestSeverity };
}

/** Whether stored findings hold one that fails CONSENT-TEXT. */
export const hasBlockingFinding = (findings: readonly Pick<ConsentTextFinding, 'severity'>[]): boolean =>
  findings.some((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
