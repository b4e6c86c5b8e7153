import type {
  BspFacts,
  LegalBasis,
  ProcessingRecipient,
  ProcessingRecord,
  ProcessingTransfer,
  Variant,
} from '@klarsicht/compliance-rules';
import type { TemplateLanguage } from './processing.enums';

/** A client's WhatsApp account as a template reads it. */
export type TemplateAccount = { variant: Variant; bsp: Omit<BspFacts, 'dpaAvailable'> | null };

type Texts = Pick<
  ProcessingRecord,
  | 'name'
  | 'description'
  | 'purposes'
  | 'subjectCategories'
  | 'dataCategories'
  | 'retention'
  | 'securityMeasures'
>;

type BuiltInTemplate = {
  key: 'whatsapp-business-app' | 'whatsapp-platform' | 'whatsapp-marketing';
  legalBases: LegalBasis[];
  /** The WhatsApp use the activity describes (WA-PROCESSING-RECORD); marketing is on top of it, not instead. */
  whatsAppVariants: Variant[];
  /** Whose BSPs become processors: the accounts of these variants. */
  bspVariants: Variant[];
  texts: Record<TemplateLanguage, Texts>;
};

const DATA: Record<TemplateLanguage, string[]> = {
  DE: ['Telefonnummer', 'Profilname', 'Nachrichteninhalte', 'Metadaten (Zeitpunkte, Zustellstatus)'],
  EN: ['Phone number', 'Profile name', 'Message content', 'Metadata (times, delivery status)'],
};
const SUBJECTS: Record<TemplateLanguage, string[]> = {
  DE: ['Kundinnen und Kunden', 'Interessentinnen und Interessenten'],
  EN: ['Customers', 'Prospective customers'],
};
const TOMS: Record<TemplateLanguage, string> = {
  DE: 'Ende-zu-Ende-Verschlüsselung von WhatsApp; Zugriff nur für benannte Beschäftigte; Displaysperre und aktuelles Betriebssystem; Auftragsverarbeitungsverträge mit Meta und dem Business Solution Provider.',
  EN: "WhatsApp's end-to-end encryption; access for named staff only; screen lock and up-to-date operating system; data processing agreements with Meta and the Business Solution Provider.",
};
const SERVICE_RETENTION: Record<TemplateLanguage, string> = {
  DE: 'Chats 6 Monate nach Abschluss der Anfrage; Handels- und Geschäftsbriefe 6 Jahre (§ 257 HGB).',
  EN: 'Chats 6 months after the enquiry is closed; commercial letters 6 years (§ 257 HGB).',
};

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    key: 'whatsapp-business-app',
    legalBases: ['ART6_1_B', 'ART6_1_F'],
    whatsAppVariants: ['BUSINESS_APP'],
    bspVariants: [],
    texts: {
      DE: {
        name: 'Kundenservice über die WhatsApp Business App',
        description:
          'Beantwortung von Anfragen und Terminabsprachen mit Kunden über die WhatsApp Business App.',
        purposes: ['Beantwortung von Kundenanfragen', 'Terminvereinbarung und Auftragsabwicklung'],
        subjectCategories: SUBJECTS.DE,
        dataCategories: DATA.DE,
        retention: SERVICE_RETENTION.DE,
        securityMeasures: TOMS.DE,
      },
      EN: {
        name: 'WhatsApp Business App customer service',
        description:
          'Answering enquiries and arranging appointments with customers via the WhatsApp Business app.',
        purposes: ['Answering customer enquiries', 'Appointments and order handling'],
        subjectCategories: SUBJECTS.EN,
        dataCategories: DATA.EN,
        retention: SERVICE_RETENTION.EN,
        securityMeasures: TOMS.EN,
      },
    },
  },
  {
    key: 'whatsapp-platform',
    legalBases: ['ART6_1_B', 'ART6_1_F'],
    whatsAppVariants: ['BUSINESS_PLATFORM'],
    bspVariants: ['BUSINESS_PLATFORM'],
    texts: {
      DE: {
        name: 'WhatsApp Business Platform über einen Business Solution Provider',
        description:
          'Kundenkommunikation über die WhatsApp Business Platform (Cloud API), angebunden über einen Anbieter.',
        purposes: ['Kundenkommunikation und Service', 'Benachrichtigungen zu Bestellungen und Terminen'],
        subjectCategories: SUBJECTS.DE,
        dataCategories: DATA.DE,
        retention: SERVICE_RETENTION.DE,
        securityMeasures: TOMS.DE,
      },
      EN: {
        name: 'WhatsApp Business Platform via a provider',
        description:
          'Customer communication via the WhatsApp Business Platform (Cloud API), connected through a provider.',
        purposes: ['Customer communication and service', 'Order and appointment notifications'],
        subjectCategories: SUBJECTS.EN,
        dataCategories: DATA.EN,
        retention: SERVICE_RETENTION.EN,
        securityMeasures: TOMS.EN,
      },
    },
  },
  {
    key: 'whatsapp-marketing',
    legalBases: ['ART6_1_A'],
    whatsAppVariants: [],
    bspVariants: ['BUSINESS_PLATFORM'],
    texts: {
      DE: {
        name: 'Werbenachrichten über WhatsApp',
        description:
          'Newsletter und Angebote über WhatsApp an Empfänger mit gesonderter Einwilligung (Double-Opt-in).',
        purposes: ['Direktwerbung mit Einwilligung (§ 7 Abs. 2 UWG)'],
        subjectCategories: ['Empfängerinnen und Empfänger mit Werbeeinwilligung'],
        dataCategories: [...DATA.DE, 'Einwilligungsnachweis'],
        retention:
          'Bis zum Widerruf der Einwilligung; der Einwilligungsnachweis 3 Jahre nach dem Widerruf (§ 195 BGB).',
        securityMeasures: TOMS.DE,
      },
      EN: {
        name: 'WhatsApp marketing messages',
        description:
          'Newsletters and offers via WhatsApp to recipients with separate consent (double opt-in).',
        purposes: ['Direct marketing with consent (§ 7(2) UWG)'],
        subjectCategories: ['Recipients who consented to marketing'],
        dataCategories: [...DATA.EN, 'Proof of consent'],
        retention: 'Until consent is withdrawn; the proof of consent 3 years after withdrawal (§ 195 BGB).',
        securityMeasures: TOMS.EN,
      },
    },
  },
];

export const BUILT_IN_PREFIX = 'builtin:';
export const builtInTemplateId = (key: string, language: TemplateLanguage): string =>
  `${BUILT_IN_PREFIX}${key}:${language.toLowerCase()}`;

export const builtInTemplate = (
  id: string,
): { template: BuiltInTemplate; language: TemplateLanguage } | null => {
  const [prefix, key, lang] = id.split(':');
  const language = lang?.toUpperCase();
  const template = BUILT_IN_TEMPLATES.find((t) => t.key === key);
  if (`${prefix}:` !== BUILT_IN_PREFIX || !template || (language !== 'DE' && language !== 'EN')) return null;
  return { template, language };
};

/** The built-in measures every WhatsApp template names (docs/registers.md § TOMs). */
const TEMPLATE_TOMS = [
  'builtin:access-control',
  'builtin:encryption',
  'builtin:screen-lock',
  'builtin:transfer-control',
];

const META: ProcessingRecipient = {
  name: 'Meta Platforms Ireland Ltd.',
  kind: 'PROCESSOR',
  region: 'EU',
  bspId: null,
};
const META_US: ProcessingTransfer = {
  recipient: 'Meta Platforms, Inc.',
  country: 'US',
  mechanism: 'DATA_PRIVACY_FRAMEWORK',
};

/**
 * The record a built-in template gives one client: Meta as processor with the transfer to the USA under the
 * Data Privacy Framework, and the BSP of each of the client's accounts of the template's variants as processor,
 * hosted where the catalogue says, a third-country BSP with its catalogue's transfer mechanism.
 */
export const prefilledRecord = (
  template: BuiltInTemplate,
  language: TemplateLanguage,
  accounts: readonly TemplateAccount[],
): ProcessingRecord => {
  const bsps = new Map(
    accounts.flatMap((a) =>
      a.bsp && template.bspVariants.includes(a.variant) ? [[a.bsp.id, a.bsp] as const] : [],
    ),
  );
  const recipients: ProcessingRecipient[] = [
    META,
    ...[...bsps.values()].map((b) => ({
      name: b.name,
      kind: 'PROCESSOR' as const,
      region: b.hostingRegion,
      bspId: b.id,
    })),
  ];
  const transfers: ProcessingTransfer[] = [
    META_US,
    ...[...bsps.values()]
      .filter((b) => b.hostingRegion === 'THIRD_COUNTRY')
      .map((b) => ({ recipient: b.name, country: '', mechanism: b.transferMechanism })),
  ];
  return {
    ...template.texts[language],
    legalBases: [...template.legalBases],
    specialCategoryConditions: [],
    recipients,
    transfers,
    whatsAppVariants: [...template.whatsAppVariants],
    technicalMeasureIds: [...TEMPLATE_TOMS],
  };
};
