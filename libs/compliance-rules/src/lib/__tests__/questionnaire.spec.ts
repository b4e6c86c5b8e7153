import { ruleById } from '../catalogue';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, emptyAnswers, questionsFor } from '../questionnaire';
import {
  ACCOUNT_RULE_IDS,
  ANSWER_KEYS,
  VARIANTS,
  type AnswerKey,
  type Variant,
  type WhatsAppAnswers,
} from '../types';
import { answersWith } from './facts.fixture';

const TEXT_FIELDS = ['textDe', 'textEn', 'helpDe', 'helpEn'] as const;

// Fed by the BSP catalogue entry assigned to the account, not by an answer.
const RULES_WITHOUT_QUESTION = ['WA-BSP-CHOSEN', 'WA-BSP-TRANSFER'];

describe('QUESTIONNAIRE', () => {
  it('is version 1', () => {
    expect(QUESTIONNAIRE_VERSION).toBe(1);
  });

  it('asks exactly one question per answer key, in ANSWER_KEYS order', () => {
    expect(QUESTIONNAIRE.map((question) => question.key)).toEqual([...ANSWER_KEYS]);
  });

  it('feeds every account rule that reads an answer', () => {
    const fed = new Set(QUESTIONNAIRE.flatMap((question) => question.ruleIds));
    const unfed = ACCOUNT_RULE_IDS.filter((id) => !fed.has(id));
    expect(unfed).toEqual(RULES_WITHOUT_QUESTION);
  });

  describe.each(QUESTIONNAIRE.map((question) => [question.key, question] as const))(
    '%s',
    (_key, question) => {
      it('feeds at least one existing account-scoped rule', () => {
        expect(question.ruleIds.length).toBeGreaterThan(0);
        for (const id of question.ruleIds) expect(ruleById(id)?.scope).toBe('ACCOUNT');
      });

      it('is asked for exactly the variants of the rules it feeds', () => {
        const ruleVariants = new Set(question.ruleIds.flatMap((id) => ruleById(id)?.variants ?? []));
        expect(question.variants).toEqual(VARIANTS.filter((variant) => ruleVariants.has(variant)));
      });

      it.each(TEXT_FIELDS)('has a non-empty, trimmed %s', (field) => {
        expect(question[field].trim()).not.toBe('');
        expect(question[field]).toBe(question[field].trim());
      });

      it('is phrased as a yes/no question', () => {
        expect(question.textDe).toMatch(/\?$/);
        expect(question.textEn).toMatch(/\?$/);
      });

      it('depends, if at all, on an earlier question', () => {
        const dependency = question.dependsOn;
        if (!dependency) return;
        const order = (key: AnswerKey) => ANSWER_KEYS.indexOf(key);
        expect(order(dependency.key)).toBeLessThan(order(question.key));
        expect(dependency.oneOf.length).toBeGreaterThan(0);
      });
    },
  );
});

describe(emptyAnswers.name, () => {
  it('answers every key with null (unknown)', () => {
    const sut = emptyAnswers();
    expect(Object.keys(sut).sort()).toEqual([...ANSWER_KEYS].sort());
    expect(Object.values(sut).every((value) => value === null)).toBe(true);
  });

  it('returns a fresh object on every call', () => {
    const first = emptyAnswers();
    first.sendsMarketing = true;
    expect(emptyAnswers().sendsMarketing).toBeNull();
  });
});

describe(questionsFor.name, () => {
  const cases: [string, Variant, WhatsAppAnswers, AnswerKey[]][] = [
    [
      'a private app with unknown business use',
      'PRIVATE_APP',
      emptyAnswers(),
      ['usedForBusiness', 'contactSyncDisabled', 'privacyNoticeCoversWhatsApp', 'accountDeletionProcess'],
    ],
    [
      'a private app used for business',
      'PRIVATE_APP',
      answersWith({ usedForBusiness: true }),
      ['usedForBusiness', 'contactSyncDisabled', 'privacyNoticeCoversWhatsApp', 'accountDeletionProcess'],
    ],
    [
      'a private app not used for business',
      'PRIVATE_APP',
      answersWith({ usedForBusiness: false }),
      ['usedForBusiness'],
    ],
    [
      'a business app without marketing answer',
      'BUSINESS_APP',
      emptyAnswers(),
      [
        'contactSyncDisabled',
        'addressBookOnlyConsentingContacts',
        'profileHasImprint',
        'profileLinksPrivacyNotice',
        'privacyNoticeCoversWhatsApp',
        'doubleOptInDocumented',
        'sendsMarketing',
        'dedicatedBusinessDevice',
        'accountDeletionProcess',
      ],
    ],
    [
      'a business app that sends marketing',
      'BUSINESS_APP',
      answersWith({ sendsMarketing: true }),
      [
        'contactSyncDisabled',
        'addressBookOnlyConsentingContacts',
        'profileHasImprint',
        'profileLinksPrivacyNotice',
        'privacyNoticeCoversWhatsApp',
        'doubleOptInDocumented',
        'sendsMarketing',
        'separateMarketingConsent',
        'dedicatedBusinessDevice',
        'accountDeletionProcess',
      ],
    ],
    [
      'a business app with a stale "not for business" answer from a former private variant',
      'BUSINESS_APP',
      answersWith({ usedForBusiness: false }),
      [
        'contactSyncDisabled',
        'addressBookOnlyConsentingContacts',
        'profileHasImprint',
        'profileLinksPrivacyNotice',
        'privacyNoticeCoversWhatsApp',
        'doubleOptInDocumented',
        'sendsMarketing',
        'dedicatedBusinessDevice',
        'accountDeletionProcess',
      ],
    ],
    [
      'a platform account that sends no marketing',
      'BUSINESS_PLATFORM',
      answersWith({ sendsMarketing: false }),
      [
        'profileHasImprint',
        'profileLinksPrivacyNotice',
        'privacyNoticeCoversWhatsApp',
        'doubleOptInDocumented',
        'sendsMarketing',
        'bspDpaSigned',
        'accountDeletionProcess',
      ],
    ],
    [
      'a platform account that sends marketing',
      'BUSINESS_PLATFORM',
      answersWith({ sendsMarketing: true }),
      [
        'profileHasImprint',
        'profileLinksPrivacyNotice',
        'privacyNoticeCoversWhatsApp',
        'doubleOptInDocumented',
        'sendsMarketing',
        'separateMarketingConsent',
        'bspDpaSigned',
        'accountDeletionProcess',
      ],
    ],
  ];

  it.each(cases)('asks %s the right questions', (_label, variant, answers, expected) => {
    expect(questionsFor(variant, answers).map((question) => question.key)).toEqual(expected);
  });
});
