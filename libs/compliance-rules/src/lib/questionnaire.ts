import type { QuestionDefinition, QuestionDependency, Variant, WhatsAppAnswers } from './types';

export const QUESTIONNAIRE_VERSION = 1;

// A private app answered "not used for business" is outside the GDPR; nothing else is asked.
const ONLY_IF_BUSINESS_USE: QuestionDependency = { key: 'usedForBusiness', oneOf: [true, null] };

const QUESTIONS: QuestionDefinition[] = [
  {
    key: 'usedForBusiness',
    variants: ['PRIVATE_APP'],
    textDe:
      'Wird die private WhatsApp-App für geschäftliche Zwecke genutzt, etwa für Kontakte mit Kunden, Lieferanten oder Beschäftigten?',
    textEn:
      'Is the private WhatsApp app used for business purposes, for example to contact customers, suppliers or employees?',
    helpDe:
      'Auch gelegentliche geschäftliche Nachrichten zählen. Nur bei ausschließlich persönlicher oder familiärer Nutzung ist die DSGVO nicht anwendbar (Art. 2 Abs. 2 lit. c DSGVO).',
    helpEn:
      'Occasional business messages count too. The GDPR does not apply only to purely personal or household use (Art. 2(2)(c) GDPR).',
    ruleIds: ['WA-PRIVATE-APP'],
  },
  {
    key: 'contactSyncDisabled',
    variants: ['PRIVATE_APP', 'BUSINESS_APP'],
    textDe: 'Ist der Zugriff von WhatsApp auf das Adressbuch des Geräts deaktiviert?',
    textEn: "Is WhatsApp's access to the device address book disabled?",
    helpDe:
      'iOS: Einstellungen › Datenschutz & Sicherheit › Kontakte › WhatsApp; Android: Einstellungen › Apps › WhatsApp › Berechtigungen › Kontakte. „Ja“ nur, wenn der Zugriff dort ausdrücklich entzogen ist.',
    helpEn:
      'iOS: Settings › Privacy & Security › Contacts › WhatsApp; Android: Settings › Apps › WhatsApp › Permissions › Contacts. Answer "yes" only if access has been explicitly revoked there.',
    ruleIds: ['WA-CONTACT-SYNC'],
    dependsOn: ONLY_IF_BUSINESS_USE,
  },
  {
    key: 'addressBookOnlyConsentingContacts',
    variants: ['BUSINESS_APP'],
    textDe:
      'Enthält das Adressbuch des Geräts ausschließlich Kunden, die WhatsApp nutzen und in die Kommunikation über WhatsApp eingewilligt haben?',
    textEn:
      'Does the device address book contain only customers who use WhatsApp and have consented to communication via WhatsApp?',
    helpDe:
      'Sind private Kontakte, Beschäftigte oder Lieferanten ohne Einwilligung gespeichert, lautet die Antwort „Nein“.',
    helpEn: 'If private contacts, employees or suppliers without consent are stored, the answer is "no".',
    ruleIds: ['WA-ADDRESS-BOOK'],
  },
  {
    key: 'profileHasImprint',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    textDe: 'Enthält das WhatsApp-Unternehmensprofil ein Impressum oder einen direkten Link darauf?',
    textEn: 'Does the WhatsApp business profile contain an imprint or a direct link to it?',
    helpDe:
      'Pflichtangaben nach § 5 DDG: Name und Rechtsform, Anschrift, Vertretungsberechtigte, E-Mail-Adresse und Telefonnummer, ggf. Registereintrag und USt-IdNr.',
    helpEn:
      'Mandatory information under § 5 DDG: name and legal form, address, authorised representatives, e-mail address and phone number, and where applicable commercial register entry and VAT ID.',
    ruleIds: ['WA-IMPRINT'],
  },
  {
    key: 'profileLinksPrivacyNotice',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    textDe: 'Verlinkt das WhatsApp-Unternehmensprofil die Datenschutzhinweise?',
    textEn: 'Does the WhatsApp business profile link the privacy notice?',
    helpDe: 'Ein direkter Link im Website-Feld oder in der Profilbeschreibung genügt.',
    helpEn: 'A direct link in the website field or in the profile description is sufficient.',
    ruleIds: ['WA-PRIVACY-LINK'],
  },
  {
    key: 'privacyNoticeCoversWhatsApp',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    textDe:
      'Informieren die Datenschutzhinweise über die Verarbeitung personenbezogener Daten über WhatsApp?',
    textEn: 'Does the privacy notice explain how personal data is processed via WhatsApp?',
    helpDe:
      'Erforderlich sind Zwecke und Rechtsgrundlage, Empfänger (WhatsApp bzw. Meta, ggf. der Business Solution Provider), die Übermittlung in die USA, Speicherdauer und Betroffenenrechte.',
    helpEn:
      'Required: purposes and legal basis, recipients (WhatsApp/Meta and, where used, the Business Solution Provider), the transfer to the USA, retention period and data subject rights.',
    ruleIds: ['WA-PRIVACY-NOTICE'],
    dependsOn: ONLY_IF_BUSINESS_USE,
  },
  {
    key: 'doubleOptInDocumented',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    textDe: 'Wird vor der ersten Nachricht eine Einwilligung per Double-Opt-in eingeholt und dokumentiert?',
    textEn: 'Is consent obtained and documented by double opt-in before the first message?',
    helpDe:
      'Zu dokumentieren sind Zeitpunkt von Anfrage und Bestätigung, der angezeigte Einwilligungstext und die Quelle (z. B. Formular, QR-Code).',
    helpEn:
      'The time of request and confirmation, the consent text shown and the source (for example form or QR code) must be recorded.',
    ruleIds: ['WA-DOUBLE-OPT-IN'],
  },
  {
    key: 'sendsMarketing',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    textDe: 'Werden über WhatsApp Werbung, Newsletter oder Angebote versendet?',
    textEn: 'Are marketing messages, newsletters or offers sent via WhatsApp?',
    helpDe: 'Dazu zählen auch Rabattaktionen, Produktneuheiten und Aufforderungen zur Bewertung.',
    helpEn: 'This includes discount campaigns, product announcements and review requests.',
    ruleIds: ['WA-MARKETING-CONSENT'],
  },
  {
    key: 'separateMarketingConsent',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    textDe:
      'Liegt für jeden Empfänger eine gesonderte, ausdrückliche Einwilligung in Werbung über WhatsApp vor?',
    textEn: 'Has every recipient given separate, express consent to marketing via WhatsApp?',
    helpDe:
      'Eine Einwilligung in die Service-Kommunikation genügt nicht (§ 7 Abs. 2 UWG). Die Einwilligung muss aktiv erteilt und nachweisbar sein.',
    helpEn:
      'Consent to service communication is not sufficient (§ 7(2) UWG). Consent must be given actively and be demonstrable.',
    ruleIds: ['WA-MARKETING-CONSENT'],
    dependsOn: { key: 'sendsMarketing', oneOf: [true] },
  },
  {
    key: 'bspDpaSigned',
    variants: ['BUSINESS_PLATFORM'],
    textDe:
      'Ist mit dem Business Solution Provider ein Auftragsverarbeitungsvertrag nach Art. 28 DSGVO abgeschlossen?',
    textEn:
      'Has a data processing agreement under Art. 28 GDPR been concluded with the Business Solution Provider?',
    helpDe:
      'Der Anbieter wird dem Konto aus dem BSP-Katalog zugeordnet; Hosting-Region und Übermittlungsmechanismus stammen von dort.',
    helpEn:
      'The provider is assigned to the account from the BSP catalogue, which also supplies its hosting region and transfer mechanism.',
    ruleIds: ['WA-BSP-DPA'],
  },
  {
    key: 'dedicatedBusinessDevice',
    variants: ['BUSINESS_APP'],
    textDe:
      'Läuft die WhatsApp Business App auf einem ausschließlich dienstlich genutzten Gerät, das nicht mit anderen Personen geteilt wird?',
    textEn:
      'Does the WhatsApp Business app run on a device used only for business and not shared with others?',
    helpDe:
      '„Nein“, wenn auf dem Gerät auch private Apps oder Kontakte genutzt werden oder mehrere Personen es verwenden.',
    helpEn: 'Answer "no" if the device also holds private apps or contacts or is used by several people.',
    ruleIds: ['WA-DEDICATED-DEVICE'],
  },
  {
    key: 'accountDeletionProcess',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    textDe: 'Ist festgelegt, wie das WhatsApp-Konto bei Ende der Nutzung vollständig gelöscht wird?',
    textEn: 'Is there a defined process for deleting the WhatsApp account completely when its use ends?',
    helpDe:
      'Das Deinstallieren der App genügt nicht; das Konto muss in der App gelöscht bzw. beim Business Solution Provider abgemeldet werden.',
    helpEn:
      'Uninstalling the app is not enough; the account must be deleted in the app or deregistered with the Business Solution Provider.',
    ruleIds: ['WA-ACCOUNT-DELETION'],
    dependsOn: ONLY_IF_BUSINESS_USE,
  },
];

for (const question of QUESTIONS) {
  Object.freeze(question.variants);
  Object.freeze(question.ruleIds);
  if (question.dependsOn) Object.freeze(question.dependsOn.oneOf);
  Object.freeze(question);
}

/** One question per answer key, in `ANSWER_KEYS` order; the web renders the guided form from it. */
export const QUESTIONNAIRE: readonly QuestionDefinition[] = Object.freeze(QUESTIONS);

const QUESTIONS_BY_KEY = new Map(QUESTIONS.map((question) => [question.key, question]));

export function emptyAnswers(): WhatsAppAnswers {
  return {
    usedForBusiness: null,
    contactSyncDisabled: null,
    addressBookOnlyConsentingContacts: null,
    profileHasImprint: null,
    profileLinksPrivacyNotice: null,
    privacyNoticeCoversWhatsApp: null,
    doubleOptInDocumented: null,
    sendsMarketing: null,
    separateMarketingConsent: null,
    bspDpaSigned: null,
    dedicatedBusinessDevice: null,
    accountDeletionProcess: null,
  };
}

export function isQuestionAsked(
  question: QuestionDefinition,
  variant: Variant,
  answers: WhatsAppAnswers,
): boolean {
  if (!question.variants.includes(variant)) return false;
  const dependency = question.dependsOn;
  if (!dependency) return true;
  const parent = QUESTIONS_BY_KEY.get(dependency.key);
  if (!parent || !isQuestionAsked(parent, variant, answers)) return true;
  return dependency.oneOf.includes(answers[dependency.key]);
}

/** The questions to show for an account of `variant`, given the answers so far. */
export function questionsFor(variant: Variant, answers: WhatsAppAnswers): QuestionDefinition[] {
  return QUESTIONS.filter((question) => isQuestionAsked(question, variant, answers));
}
