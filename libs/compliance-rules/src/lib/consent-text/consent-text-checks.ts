import type { Severity } from '../types';

export const CONSENT_TEXT_CHECK_IDS = [
  'CONTROLLER_NAMED',
  'CHANNEL_NAMED',
  'PURPOSE_STATED',
  'MARKETING_SEPARATE',
  'WITHDRAWAL',
  'WITHDRAWAL_HOW',
  'PRIVACY_NOTICE',
  'META_TRANSFER',
  'NO_TERMS_BUNDLING',
  'SENTENCE_LENGTH',
  'READABILITY',
] as const;
export type ConsentTextCheckId = (typeof CONSENT_TEXT_CHECK_IDS)[number];

/** The purposes a consent text can ask for (the api's ConsentPurpose). */
export type ConsentTextPurpose = 'SERVICE' | 'MARKETING' | 'TRANSACTIONAL';

/** One check of a consent text, as data; `{purpose}` in a message is replaced by the purpose's name. */
export type ConsentTextCheck = {
  id: ConsentTextCheckId;
  severity: Severity;
  messageDe: string;
  messageEn: string;
  legalReference: string;
};

/** Words (stems, lower case, as regular-expression sources) that the checks look for, per language. */
export type ConsentTextVocabulary = {
  channel: string[];
  purposes: Record<ConsentTextPurpose, string[]>;
  /** Words that can only mean advertising; in a text not asking for MARKETING they hide a marketing consent. */
  advertising: string[];
  withdrawal: string[];
  anyTime: string[];
  withdrawalMeans: string[];
  privacyNotice: string[];
  meta: string[];
  thirdCountry: string[];
  terms: string[];
  acceptance: string[];
  independence: string[];
};

export const CONSENT_TEXT_CHECKS: readonly ConsentTextCheck[] = [
  {
    id: 'CONTROLLER_NAMED',
    severity: 'HIGH',
    messageDe: 'Der Text nennt den Verantwortlichen (den Namen des Mandanten) nicht.',
    messageEn: 'The text does not name the controller (the client’s name).',
    legalReference: 'Art. 4 Nr. 11, Art. 7 Abs. 2, Art. 13 Abs. 1 lit. a DSGVO',
  },
  {
    id: 'CHANNEL_NAMED',
    severity: 'HIGH',
    messageDe: 'Der Text nennt WhatsApp nicht als Kanal, über den Nachrichten kommen.',
    messageEn: 'The text does not name WhatsApp as the channel the messages come through.',
    legalReference: 'Art. 4 Nr. 11 DSGVO, § 7 Abs. 2 Nr. 2 UWG',
  },
  {
    id: 'PURPOSE_STATED',
    severity: 'HIGH',
    messageDe: 'Der Zweck „{purpose}“ wird angefragt, aber im Text nicht in Worten genannt.',
    messageEn: 'The purpose "{purpose}" is asked for but not stated in words in the text.',
    legalReference: 'Art. 4 Nr. 11, Art. 6 Abs. 1 lit. a DSGVO',
  },
  {
    id: 'MARKETING_SEPARATE',
    severity: 'HIGH',
    messageDe:
      'Werbung wird zusammen mit Service-Nachrichten erfragt; für Werbung ist eine eigene, gesonderte Einwilligung nötig.',
    messageEn:
      'Marketing is asked for together with service messages; marketing needs a consent of its own, asked separately.',
    legalReference: '§ 7 Abs. 2 UWG, Art. 7 Abs. 2 DSGVO',
  },
  {
    id: 'WITHDRAWAL',
    severity: 'HIGH',
    messageDe: 'Der Text sagt nicht, dass die Einwilligung jederzeit widerrufen werden kann.',
    messageEn: 'The text does not say that the consent can be withdrawn at any time.',
    legalReference: 'Art. 7 Abs. 3 DSGVO',
  },
  {
    id: 'WITHDRAWAL_HOW',
    severity: 'MEDIUM',
    messageDe:
      'Der Widerruf wird erwähnt, aber nicht „jederzeit“ oder nicht, wie (z. B. „STOP“ antworten, E-Mail-Adresse).',
    messageEn:
      'Withdrawal is mentioned, but not "at any time" or not how (e.g. reply "STOP", an e-mail address).',
    legalReference: 'Art. 7 Abs. 3 DSGVO',
  },
  {
    id: 'PRIVACY_NOTICE',
    severity: 'MEDIUM',
    messageDe: 'Der Text verweist nicht auf die Datenschutzerklärung.',
    messageEn: 'The text does not point to the privacy notice.',
    legalReference: 'Art. 13 DSGVO',
  },
  {
    id: 'META_TRANSFER',
    severity: 'MEDIUM',
    messageDe:
      'Der Text erwähnt nicht, dass Meta (WhatsApp) Daten verarbeitet und dabei Daten in die USA übermittelt werden können.',
    messageEn:
      'The text does not mention that Meta (WhatsApp) processes data and that data may be transferred to the USA.',
    legalReference: 'Art. 13 Abs. 1 lit. e, f DSGVO',
  },
  {
    id: 'NO_TERMS_BUNDLING',
    severity: 'HIGH',
    messageDe:
      'Die Einwilligung ist mit der Zustimmung zu AGB oder Nutzungsbedingungen verknüpft; sie muss davon getrennt und freiwillig sein.',
    messageEn:
      'The consent is bundled with accepting terms of service; it must be separate from them and freely given.',
    legalReference: 'Art. 7 Abs. 2, Abs. 4 DSGVO',
  },
  {
    id: 'SENTENCE_LENGTH',
    severity: 'LOW',
    messageDe:
      'Dieser Satz ist sehr lang (mehr als {limit} Wörter); kürzere Sätze sind leichter verständlich.',
    messageEn:
      'This sentence is very long (more than {limit} words); shorter sentences are easier to understand.',
    legalReference: 'Art. 7 Abs. 2 Satz 1, Art. 12 Abs. 1 DSGVO',
  },
  {
    id: 'READABILITY',
    severity: 'MEDIUM',
    messageDe:
      'Der Text ist schwer lesbar (Lesbarkeitswert {score}, Schwelle {threshold}); klare und einfache Sprache ist gefordert.',
    messageEn:
      'The text is hard to read (readability score {score}, threshold {threshold}); clear and plain language is required.',
    legalReference: 'Art. 7 Abs. 2 Satz 1, Art. 12 Abs. 1 DSGVO',
  },
];

/** Flesch–Amstad (de) / Flesch reading ease (en) below this: "very hard" on both scales. */
export const READABILITY_THRESHOLD = 30;
/** A sentence with more words than this gets a SENTENCE_LENGTH finding. */
export const MAX_SENTENCE_WORDS = 25;

export const PURPOSE_NAMES: Record<ConsentTextPurpose, { de: string; en: string }> = {
  SERVICE: { de: 'Service', en: 'service' },
  MARKETING: { de: 'Werbung', en: 'marketing' },
  TRANSACTIONAL: { de: 'Bestell- und Terminnachrichten', en: 'order and appointment messages' },
};

export const CONSENT_TEXT_VOCABULARY: Record<'de' | 'en', ConsentTextVocabulary> = {
  de: {
    channel: ['whats\\s?app'],
    purposes: {
      SERVICE: [
        'kundenservice',
        'kundendienst',
        'service',
        'support',
        'anfrage',
        'rückfrage',
        'frage',
        'beratung',
        'anliegen',
      ],
      MARKETING: [
        'werbung',
        'werbe',
        'angebot',
        'newsletter',
        'aktion',
        'rabatt',
        'gutschein',
        'neuigkeit',
        'marketing',
        'produktinformation',
      ],
      TRANSACTIONAL: [
        'bestellung',
        'auftrag',
        'lieferung',
        'versand',
        'sendung',
        'rechnung',
        'zahlung',
        'bestätigung',
        'termin',
        'status',
      ],
    },
    advertising: ['werbung', 'werbe', 'newsletter', 'rabatt', 'gutschein', 'sonderangebot', 'marketing'],
    withdrawal: ['widerruf', 'widerrufen', 'abmeld', 'abbestell', 'zurücknehm', 'zurückzieh'],
    anyTime: ['jederzeit'],
    withdrawalMeans: [
      'stop',
      'stopp',
      'e-mail',
      'email',
      'nachricht',
      'schreib',
      'antwort',
      'link',
      'telefon',
      '[^\\s@]+@[^\\s@]+',
    ],
    privacyNotice: [
      'datenschutzerklärung',
      'datenschutzhinweis',
      'datenschutzinformation',
      'datenschutzbestimmung',
    ],
    meta: ['meta(?![\\p{L}])', 'facebook'],
    thirdCountry: ['usa', 'vereinigte[n]? staaten', 'drittland', 'drittländer', 'drittstaat'],
    terms: ['agb', 'allgemeine[n]? geschäftsbedingungen', 'geschäftsbedingungen', 'nutzungsbedingungen'],
    acceptance: ['akzeptier', 'zustimm', 'stimme', 'einverstanden', 'anerkenn', 'annehm'],
    independence: [
      'unabhängig',
      'keine voraussetzung',
      'nicht voraussetzung',
      'nicht erforderlich',
      'freiwillig',
    ],
  },
  en: {
    channel: ['whats\\s?app'],
    purposes: {
      SERVICE: ['customer service', 'service', 'support', 'enquir', 'inquir', 'question', 'request'],
      MARKETING: [
        'marketing',
        'advertis',
        'offer',
        'newsletter',
        'promotion',
        'discount',
        'voucher',
        'news',
        'deal',
      ],
      TRANSACTIONAL: [
        'order',
        'delivery',
        'shipping',
        'shipment',
        'invoice',
        'payment',
        'confirmation',
        'appointment',
        'status',
      ],
    },
    advertising: ['advertis', 'newsletter', 'promotion', 'discount', 'voucher', 'marketing'],
    withdrawal: ['withdraw', 'revoke', 'unsubscribe', 'opt out', 'opt-out'],
    anyTime: ['at any time', 'anytime'],
    withdrawalMeans: [
      'stop',
      'e-mail',
      'email',
      'message',
      'writ',
      'reply',
      'link',
      'phone',
      '[^\\s@]+@[^\\s@]+',
    ],
    privacyNotice: [
      'privacy policy',
      'privacy notice',
      'privacy statement',
      'data protection notice',
      'data protection policy',
    ],
    meta: ['meta(?![\\p{L}])', 'facebook'],
    thirdCountry: ['usa', 'united states', 'u\\.s\\.', 'third countr'],
    terms: ['terms of service', 'terms and conditions', 'terms of use', 'general terms'],
    acceptance: ['accept', 'agree', 'consent to'],
    independence: ['independent', 'not a condition', 'not required', 'voluntary', 'optional'],
  },
};
