import { emptyAnswers } from '../questionnaire';
import {
  ANSWER_KEYS,
  type AccountFacts,
  type BspFacts,
  type ClientFacts,
  type Variant,
  type WhatsAppAnswers,
} from '../types';

function answersAll(value: boolean, overrides: Partial<WhatsAppAnswers>): WhatsAppAnswers {
  const answers = emptyAnswers();
  for (const key of ANSWER_KEYS) answers[key] = value;
  return { ...answers, ...overrides };
}

/** Every answer `true`: a business account that does everything right, including separate marketing consent. */
export function allTrueAnswers(overrides: Partial<WhatsAppAnswers> = {}): WhatsAppAnswers {
  return answersAll(true, overrides);
}

export function allFalseAnswers(overrides: Partial<WhatsAppAnswers> = {}): WhatsAppAnswers {
  return answersAll(false, overrides);
}

export function answersWith(overrides: Partial<WhatsAppAnswers>): WhatsAppAnswers {
  return { ...emptyAnswers(), ...overrides };
}

export function bsp(overrides: Partial<BspFacts> = {}): BspFacts {
  return {
    id: 'bsp-1',
    name: 'Beispiel Messaging GmbH',
    hostingRegion: 'EU',
    transferMechanism: 'NONE',
    ...overrides,
  };
}

export function account(
  variant: Variant,
  overrides: Partial<Omit<AccountFacts, 'variant'>> = {},
): AccountFacts {
  return {
    id: `acc-${variant.toLowerCase()}`,
    variant,
    answers: allTrueAnswers(),
    bsp: variant === 'BUSINESS_PLATFORM' ? bsp() : null,
    ...overrides,
  };
}

export function client(overrides: Partial<ClientFacts> = {}): ClientFacts {
  return {
    accounts: [],
    approvedDocumentTypes: [],
    overdueDocumentReviews: 0,
    consentTotal: 0,
    stalePendingConsents: 0,
    requestTotal: 0,
    overdueRequests: 0,
    notifiableBreaches: 0,
    lateUnnotifiedBreaches: 0,
    processingActivities: [],
    activeConsentTextPurposes: 0,
    flawedConsentTextPurposes: 0,
    ...overrides,
  };
}
