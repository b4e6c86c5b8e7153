import { COMPLIANCE_RULES, ruleById } from '../catalogue';
import { evaluateAccount, evaluateClient } from '../evaluate.util';
import { QUESTIONNAIRE, emptyAnswers, questionsFor } from '../questionnaire';
import {
  ACCOUNT_RULE_IDS,
  ANSWER_KEYS,
  CLIENT_RULE_IDS,
  HOSTING_REGIONS,
  TRANSFER_MECHANISMS,
  VARIANTS,
  type AccountFacts,
  type AccountRuleId,
  type AnswerKey,
  type BspFacts,
  type ClientFacts,
  type ClientRuleId,
  type FindingStatus,
  type Variant,
  type WhatsAppAnswers,
} from '../types';
import { account, allFalseAnswers, allTrueAnswers, answersWith, bsp, client } from './facts.fixture';

const ALL: Variant[] = ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'];
const ANSWER_VALUES = [true, false, null] as const;

// docs/compliance-rules.md "applies to", restated here so the catalogue is checked against it, not against itself.
const ACCOUNT_RULE_VARIANTS: Record<AccountRuleId, Variant[]> = {
  'WA-PRIVATE-APP': ['PRIVATE_APP'],
  'WA-CONTACT-SYNC': ['PRIVATE_APP', 'BUSINESS_APP'],
  'WA-ADDRESS-BOOK': ['BUSINESS_APP'],
  'WA-IMPRINT': ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
  'WA-PRIVACY-NOTICE': ALL,
  'WA-PRIVACY-LINK': ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
  'WA-DOUBLE-OPT-IN': ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
  'WA-MARKETING-CONSENT': ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
  'WA-BSP-CHOSEN': ['BUSINESS_PLATFORM'],
  'WA-BSP-DPA': ['BUSINESS_PLATFORM'],
  'WA-BSP-TRANSFER': ['BUSINESS_PLATFORM'],
  'WA-DEDICATED-DEVICE': ['BUSINESS_APP'],
  'WA-ACCOUNT-DELETION': ALL,
};

function statusOf(
  findings: { ruleId: string; status: FindingStatus }[],
  ruleId: string,
): FindingStatus | undefined {
  return findings.find((finding) => finding.ruleId === ruleId)?.status;
}

function accountStatus(facts: AccountFacts, ruleId: AccountRuleId): FindingStatus | undefined {
  return statusOf(evaluateAccount(facts), ruleId);
}

describe(evaluateAccount.name, () => {
  it.each(VARIANTS)('returns one finding per account-scoped rule, in catalogue order, for %s', (variant) => {
    const sut = evaluateAccount(account(variant, { id: 'acc-1' }));

    expect(sut.map((finding) => finding.ruleId)).toEqual([...ACCOUNT_RULE_IDS]);
    expect(sut.every((finding) => finding.accountId === 'acc-1')).toBe(true);
  });

  it('copies severity, titles, remediation and legal reference from the catalogue', () => {
    for (const finding of evaluateAccount(account('BUSINESS_PLATFORM'))) {
      const rule = ruleById(finding.ruleId);
      expect(finding).toEqual({
        ruleId: rule?.id,
        status: finding.status,
        severity: rule?.severity,
        accountId: 'acc-business_platform',
        titleDe: rule?.titleDe,
        titleEn: rule?.titleEn,
        remediationDe: rule?.remediationDe,
        remediationEn: rule?.remediationEn,
        legalReference: rule?.legalReference,
      });
    }
  });

  describe('applicability (every account rule × every variant)', () => {
    const cases = ACCOUNT_RULE_IDS.flatMap((ruleId) =>
      VARIANTS.map((variant) => [ruleId, variant, ACCOUNT_RULE_VARIANTS[ruleId].includes(variant)] as const),
    );

    it.each(cases)('%s for %s: applicable = %s', (ruleId, variant, applicable) => {
      // usedForBusiness = true keeps the private variant in scope, so only the variant decides.
      const sut = accountStatus(
        account(variant, { answers: allTrueAnswers({ usedForBusiness: true }) }),
        ruleId,
      );

      if (applicable) expect(sut).not.toBe('NOT_APPLICABLE');
      else expect(sut).toBe('NOT_APPLICABLE');
    });
  });

  describe('answer-driven rules', () => {
    // [rule, answers on top of an all-true business account, expected status on every applicable variant]
    const cases: [AccountRuleId, Partial<WhatsAppAnswers>, FindingStatus][] = [
      ['WA-PRIVATE-APP', { usedForBusiness: false }, 'PASS'],
      ['WA-PRIVATE-APP', { usedForBusiness: true }, 'FAIL'],
      ['WA-PRIVATE-APP', { usedForBusiness: null }, 'UNKNOWN'],
      ['WA-CONTACT-SYNC', { contactSyncDisabled: true }, 'PASS'],
      ['WA-CONTACT-SYNC', { contactSyncDisabled: false }, 'FAIL'],
      ['WA-CONTACT-SYNC', { contactSyncDisabled: null }, 'UNKNOWN'],
      ['WA-ADDRESS-BOOK', { addressBookOnlyConsentingContacts: true }, 'PASS'],
      ['WA-ADDRESS-BOOK', { addressBookOnlyConsentingContacts: false }, 'FAIL'],
      ['WA-ADDRESS-BOOK', { addressBookOnlyConsentingContacts: null }, 'UNKNOWN'],
      ['WA-IMPRINT', { profileHasImprint: true }, 'PASS'],
      ['WA-IMPRINT', { profileHasImprint: false }, 'FAIL'],
      ['WA-IMPRINT', { profileHasImprint: null }, 'UNKNOWN'],
      ['WA-PRIVACY-NOTICE', { privacyNoticeCoversWhatsApp: true }, 'PASS'],
      ['WA-PRIVACY-NOTICE', { privacyNoticeCoversWhatsApp: false }, 'FAIL'],
      ['WA-PRIVACY-NOTICE', { privacyNoticeCoversWhatsApp: null }, 'UNKNOWN'],
      ['WA-PRIVACY-LINK', { profileLinksPrivacyNotice: true }, 'PASS'],
      ['WA-PRIVACY-LINK', { profileLinksPrivacyNotice: false }, 'FAIL'],
      ['WA-PRIVACY-LINK', { profileLinksPrivacyNotice: null }, 'UNKNOWN'],
      ['WA-DOUBLE-OPT-IN', { doubleOptInDocumented: true }, 'PASS'],
      ['WA-DOUBLE-OPT-IN', { doubleOptInDocumented: false }, 'FAIL'],
      ['WA-DOUBLE-OPT-IN', { doubleOptInDocumented: null }, 'UNKNOWN'],
      ['WA-MARKETING-CONSENT', { sendsMarketing: false, separateMarketingConsent: false }, 'PASS'],
      ['WA-MARKETING-CONSENT', { sendsMarketing: false, separateMarketingConsent: null }, 'PASS'],
      ['WA-MARKETING-CONSENT', { sendsMarketing: null, separateMarketingConsent: true }, 'UNKNOWN'],
      ['WA-MARKETING-CONSENT', { sendsMarketing: null, separateMarketingConsent: false }, 'UNKNOWN'],
      ['WA-MARKETING-CONSENT', { sendsMarketing: true, separateMarketingConsent: true }, 'PASS'],
      ['WA-MARKETING-CONSENT', { sendsMarketing: true, separateMarketingConsent: false }, 'FAIL'],
      ['WA-MARKETING-CONSENT', { sendsMarketing: true, separateMarketingConsent: null }, 'UNKNOWN'],
      ['WA-BSP-DPA', { bspDpaSigned: true }, 'PASS'],
      ['WA-BSP-DPA', { bspDpaSigned: false }, 'FAIL'],
      ['WA-BSP-DPA', { bspDpaSigned: null }, 'UNKNOWN'],
      ['WA-DEDICATED-DEVICE', { dedicatedBusinessDevice: true }, 'PASS'],
      ['WA-DEDICATED-DEVICE', { dedicatedBusinessDevice: false }, 'FAIL'],
      ['WA-DEDICATED-DEVICE', { dedicatedBusinessDevice: null }, 'UNKNOWN'],
      ['WA-ACCOUNT-DELETION', { accountDeletionProcess: true }, 'PASS'],
      ['WA-ACCOUNT-DELETION', { accountDeletionProcess: false }, 'FAIL'],
      ['WA-ACCOUNT-DELETION', { accountDeletionProcess: null }, 'UNKNOWN'],
    ];
    const expanded = cases.flatMap(([ruleId, answers, expected]) =>
      ACCOUNT_RULE_VARIANTS[ruleId].map((variant) => [ruleId, variant, answers, expected] as const),
    );

    it.each(expanded)('%s on %s with %j is %s', (ruleId, variant, answers, expected) => {
      const facts = account(variant, { answers: allTrueAnswers({ usedForBusiness: true, ...answers }) });

      expect(accountStatus(facts, ruleId)).toBe(expected);
    });
  });

  describe('BSP rules', () => {
    const thirdCountry = (transferMechanism: BspFacts['transferMechanism']) =>
      bsp({ hostingRegion: 'THIRD_COUNTRY', transferMechanism });
    const cases: [
      string,
      BspFacts | null,
      Partial<WhatsAppAnswers>,
      Partial<Record<AccountRuleId, FindingStatus>>,
    ][] = [
      [
        'no BSP recorded',
        null,
        { bspDpaSigned: true },
        { 'WA-BSP-CHOSEN': 'FAIL', 'WA-BSP-DPA': 'UNKNOWN', 'WA-BSP-TRANSFER': 'UNKNOWN' },
      ],
      [
        'an EU BSP with signed DPA',
        bsp({ hostingRegion: 'EU' }),
        { bspDpaSigned: true },
        { 'WA-BSP-CHOSEN': 'PASS', 'WA-BSP-DPA': 'PASS', 'WA-BSP-TRANSFER': 'PASS' },
      ],
      [
        'an EEA BSP without DPA',
        bsp({ hostingRegion: 'EEA' }),
        { bspDpaSigned: false },
        { 'WA-BSP-CHOSEN': 'PASS', 'WA-BSP-DPA': 'FAIL', 'WA-BSP-TRANSFER': 'PASS' },
      ],
      [
        'a third-country BSP without transfer mechanism, DPA unknown',
        thirdCountry('NONE'),
        { bspDpaSigned: null },
        { 'WA-BSP-CHOSEN': 'PASS', 'WA-BSP-DPA': 'UNKNOWN', 'WA-BSP-TRANSFER': 'FAIL' },
      ],
      [
        'a BSP whose catalogue entry says a DPA exists, while the account has not signed one',
        bsp({ dpaAvailable: true }),
        { bspDpaSigned: false },
        { 'WA-BSP-DPA': 'FAIL' },
      ],
    ];

    it.each(cases)('with %s', (_label, bspFacts, answers, expected) => {
      const sut = evaluateAccount(
        account('BUSINESS_PLATFORM', { bsp: bspFacts, answers: allTrueAnswers({ ...answers }) }),
      );

      const actual = Object.fromEntries(
        Object.keys(expected).map((ruleId) => [ruleId, statusOf(sut, ruleId)]),
      );
      expect(actual).toEqual(expected);
    });

    const transferCases = HOSTING_REGIONS.flatMap((hostingRegion) =>
      TRANSFER_MECHANISMS.map(
        (transferMechanism) =>
          [
            hostingRegion,
            transferMechanism,
            hostingRegion === 'THIRD_COUNTRY' && transferMechanism === 'NONE',
          ] as const,
      ),
    );

    it.each(transferCases)(
      'WA-BSP-TRANSFER with hosting %s and mechanism %s fails = %s',
      (region, mechanism, fails) => {
        const facts = account('BUSINESS_PLATFORM', {
          bsp: bsp({ hostingRegion: region, transferMechanism: mechanism }),
        });

        expect(accountStatus(facts, 'WA-BSP-TRANSFER')).toBe(fails ? 'FAIL' : 'PASS');
      },
    );
  });

  describe('a private app not used for business', () => {
    it('passes WA-PRIVATE-APP and leaves every other rule not applicable, whatever else was answered', () => {
      for (const answers of [
        answersWith({ usedForBusiness: false }),
        allFalseAnswers(),
        allTrueAnswers({ usedForBusiness: false }),
      ]) {
        const sut = evaluateAccount(account('PRIVATE_APP', { answers }));

        expect(
          sut.filter((finding) => finding.status !== 'NOT_APPLICABLE').map((f) => [f.ruleId, f.status]),
        ).toEqual([['WA-PRIVATE-APP', 'PASS']]);
      }
    });

    it('keeps the private-variant rules in scope while business use is unknown', () => {
      const sut = evaluateAccount(
        account('PRIVATE_APP', {
          answers: answersWith({ usedForBusiness: null, contactSyncDisabled: false }),
        }),
      );

      expect(statusOf(sut, 'WA-PRIVATE-APP')).toBe('UNKNOWN');
      expect(statusOf(sut, 'WA-CONTACT-SYNC')).toBe('FAIL');
      expect(statusOf(sut, 'WA-PRIVACY-NOTICE')).toBe('UNKNOWN');
    });

    it('evaluates the private-variant rules normally when it is used for business', () => {
      const sut = evaluateAccount(
        account('PRIVATE_APP', {
          answers: answersWith({ usedForBusiness: true, contactSyncDisabled: true }),
        }),
      );

      expect(statusOf(sut, 'WA-PRIVATE-APP')).toBe('FAIL');
      expect(statusOf(sut, 'WA-CONTACT-SYNC')).toBe('PASS');
      expect(statusOf(sut, 'WA-ACCOUNT-DELETION')).toBe('UNKNOWN');
    });

    it.each(['BUSINESS_APP', 'BUSINESS_PLATFORM'] as const)(
      'ignores a stale usedForBusiness = false on a %s account',
      (variant) => {
        const facts = account(variant, { answers: allTrueAnswers({ usedForBusiness: false }) });
        const withoutAnswer = account(variant, { answers: allTrueAnswers({ usedForBusiness: null }) });

        expect(evaluateAccount(facts)).toEqual(evaluateAccount(withoutAnswer));
      },
    );
  });

  describe('agreement with the questionnaire', () => {
    const base = (variant: Variant) =>
      account(variant, { answers: allTrueAnswers({ usedForBusiness: true }) });
    const statusesWhile = (variant: Variant, key: AnswerKey, ruleId: AccountRuleId) =>
      ANSWER_VALUES.map((value) => {
        const facts = base(variant);
        return accountStatus({ ...facts, answers: { ...facts.answers, [key]: value } }, ruleId);
      });

    const feeds = QUESTIONNAIRE.flatMap((question) =>
      question.ruleIds.flatMap((ruleId) =>
        question.variants
          .filter((variant) => ACCOUNT_RULE_VARIANTS[ruleId].includes(variant))
          .map((variant) => [question.key, ruleId, variant] as const),
      ),
    );

    it.each(feeds)('%s changes the outcome of %s on %s', (key, ruleId, variant) => {
      expect(new Set(statusesWhile(variant, key, ruleId)).size).toBeGreaterThan(1);
    });

    const fedBy = (ruleId: AccountRuleId) =>
      QUESTIONNAIRE.filter((question) => question.ruleIds.includes(ruleId)).map((question) => question.key);
    const notFeeding = ACCOUNT_RULE_IDS.flatMap((ruleId) =>
      ACCOUNT_RULE_VARIANTS[ruleId].flatMap((variant) =>
        ANSWER_KEYS.filter((key) => !fedBy(ruleId).includes(key))
          // usedForBusiness decides whether a private app is in scope at all.
          .filter((key) => !(key === 'usedForBusiness' && variant === 'PRIVATE_APP'))
          .map((key) => [key, ruleId, variant] as const),
      ),
    );

    it.each(notFeeding)('%s does not change the outcome of %s on %s', (key, ruleId, variant) => {
      expect(new Set(statusesWhile(variant, key, ruleId)).size).toBe(1);
    });

    const answerSets: [string, WhatsAppAnswers][] = [
      ['nothing answered', emptyAnswers()],
      ['everything yes', allTrueAnswers()],
      ['everything no', allFalseAnswers()],
      ['no marketing', allTrueAnswers({ sendsMarketing: false })],
      ['marketing unknown', allTrueAnswers({ sendsMarketing: null })],
    ];
    const hidden = VARIANTS.flatMap((variant) =>
      answerSets.flatMap(([label, answers]) =>
        ANSWER_KEYS.filter(
          (key) => !questionsFor(variant, answers).some((question) => question.key === key),
        ).map((key) => [key, variant, label, answers] as const),
      ),
    );

    it.each(hidden)('%s, not asked for %s with %s, changes no finding', (key, variant, _label, answers) => {
      const outcomes = ANSWER_VALUES.map((value) =>
        evaluateAccount(account(variant, { answers: { ...answers, [key]: value } })),
      );

      expect(outcomes[1]).toEqual(outcomes[0]);
      expect(outcomes[2]).toEqual(outcomes[0]);
    });
  });
});

describe(evaluateClient.name, () => {
  const platform = account('BUSINESS_PLATFORM', { id: 'acc-platform' });
  const businessApp = account('BUSINESS_APP', { id: 'acc-app' });
  const privateForBusiness = account('PRIVATE_APP', {
    id: 'acc-private',
    answers: answersWith({ usedForBusiness: true }),
  });
  const privateUnknown = account('PRIVATE_APP', { id: 'acc-private', answers: emptyAnswers() });
  const privateNotForBusiness = account('PRIVATE_APP', {
    id: 'acc-private',
    answers: answersWith({ usedForBusiness: false }),
  });

  describe('client-scoped rules', () => {
    const EMPTY_CLIENT: Record<ClientRuleId, FindingStatus> = {
      'WA-PROCESSING-RECORD': 'NOT_APPLICABLE',
      'WA-DPIA': 'NOT_APPLICABLE',
      'CONSENT-STALE-PENDING': 'NOT_APPLICABLE',
      'DOC-REVIEW-OVERDUE': 'PASS',
      'DSR-OVERDUE': 'NOT_APPLICABLE',
      'BREACH-NOT-NOTIFIED': 'NOT_APPLICABLE',
      'PROC-TRANSFER-MECHANISM': 'NOT_APPLICABLE',
      'PROC-RETENTION': 'NOT_APPLICABLE',
      'CONSENT-TEXT': 'NOT_APPLICABLE',
      'CAMPAIGN-ANSWERS': 'NOT_APPLICABLE',
    };
    const cases: [string, Partial<ClientFacts>, Record<ClientRuleId, FindingStatus>][] = [
      ['no accounts, no consents', {}, EMPTY_CLIENT],
      [
        'only a private app not used for business',
        { accounts: [privateNotForBusiness], approvedDocumentTypes: ['DPIA'] },
        EMPTY_CLIENT,
      ],
      [
        'a private app whose business use is unknown and no record of processing',
        { accounts: [privateUnknown] },
        {
          ...EMPTY_CLIENT,
          'WA-PROCESSING-RECORD': 'FAIL',
        },
      ],
      [
        'a private app used for business with an approved record of processing',
        { accounts: [privateForBusiness], approvedDocumentTypes: ['PROCESSING_RECORD'] },
        {
          ...EMPTY_CLIENT,
          'WA-PROCESSING-RECORD': 'PASS',
        },
      ],
      [
        'a business app with only a DPIA approved',
        { accounts: [businessApp], approvedDocumentTypes: ['DPIA'] },
        {
          ...EMPTY_CLIENT,
          'WA-PROCESSING-RECORD': 'FAIL',
        },
      ],
      [
        'a platform account without approved documents',
        { accounts: [platform], approvedDocumentTypes: ['PRIVACY_NOTICE', 'DPA', 'TOM'] },
        {
          ...EMPTY_CLIENT,
          'WA-PROCESSING-RECORD': 'FAIL',
          'WA-DPIA': 'FAIL',
        },
      ],
      [
        'a platform account with record of processing and DPIA approved',
        { accounts: [platform], approvedDocumentTypes: ['PROCESSING_RECORD', 'DPIA'] },
        {
          ...EMPTY_CLIENT,
          'WA-PROCESSING-RECORD': 'PASS',
          'WA-DPIA': 'PASS',
        },
      ],
      [
        'a private app not for business next to a platform account with only a DPIA',
        { accounts: [privateNotForBusiness, platform], approvedDocumentTypes: ['DPIA'] },
        {
          ...EMPTY_CLIENT,
          'WA-PROCESSING-RECORD': 'FAIL',
          'WA-DPIA': 'PASS',
        },
      ],
      [
        'consents without stale opt-ins',
        { consentTotal: 12, stalePendingConsents: 0 },
        {
          ...EMPTY_CLIENT,
          'CONSENT-STALE-PENDING': 'PASS',
        },
      ],
      [
        'consents with one opt-in pending for more than 30 days',
        { consentTotal: 12, stalePendingConsents: 1 },
        {
          ...EMPTY_CLIENT,
          'CONSENT-STALE-PENDING': 'FAIL',
        },
      ],
      [
        'no consents at all, even if a stale count is reported',
        { consentTotal: 0, stalePendingConsents: 3 },
        EMPTY_CLIENT,
      ],
      [
        'overdue document reviews and no accounts',
        { overdueDocumentReviews: 2 },
        {
          ...EMPTY_CLIENT,
          'DOC-REVIEW-OVERDUE': 'FAIL',
        },
      ],
      [
        'data subject requests, none overdue',
        { requestTotal: 3, overdueRequests: 0 },
        {
          ...EMPTY_CLIENT,
          'DSR-OVERDUE': 'PASS',
        },
      ],
      [
        'a breach with a risk, notified in time or not yet late',
        { notifiableBreaches: 1, lateUnnotifiedBreaches: 0 },
        {
          ...EMPTY_CLIENT,
          'BREACH-NOT-NOTIFIED': 'PASS',
        },
      ],
      [
        'a breach with a risk unnotified after 72 hours',
        { notifiableBreaches: 2, lateUnnotifiedBreaches: 1 },
        {
          ...EMPTY_CLIENT,
          'BREACH-NOT-NOTIFIED': 'FAIL',
        },
      ],
      [
        'a data subject request open past its deadline',
        { requestTotal: 3, overdueRequests: 1 },
        {
          ...EMPTY_CLIENT,
          'DSR-OVERDUE': 'FAIL',
        },
      ],
      [
        'consent texts for two purposes, one of them with a HIGH finding',
        { activeConsentTextPurposes: 2, flawedConsentTextPurposes: 1 },
        { ...EMPTY_CLIENT, 'CONSENT-TEXT': 'FAIL' },
      ],
      [
        'consent texts without a HIGH finding',
        { activeConsentTextPurposes: 2, flawedConsentTextPurposes: 0 },
        { ...EMPTY_CLIENT, 'CONSENT-TEXT': 'PASS' },
      ],
      [
        'campaign questions, one unanswered',
        { campaignQuestions: 2, unansweredCampaignQuestions: 1 },
        { ...EMPTY_CLIENT, 'CAMPAIGN-ANSWERS': 'UNKNOWN' },
      ],
      [
        'campaign questions, one answered "no"',
        { campaignQuestions: 2, unansweredCampaignQuestions: 1, deniedCampaignQuestions: 1 },
        { ...EMPTY_CLIENT, 'CAMPAIGN-ANSWERS': 'FAIL' },
      ],
      [
        'campaign questions, all answered "yes"',
        { campaignQuestions: 2 },
        { ...EMPTY_CLIENT, 'CAMPAIGN-ANSWERS': 'PASS' },
      ],
    ];

    it.each(cases)('with %s', (_label, facts, expected) => {
      const sut = evaluateClient(client(facts)).findings.filter((finding) => finding.accountId === null);

      expect(Object.fromEntries(sut.map((finding) => [finding.ruleId, finding.status]))).toEqual(expected);
    });
  });

  it('lists the findings of every account in order, then the client findings in catalogue order', () => {
    const sut = evaluateClient(client({ accounts: [businessApp, platform] }));

    expect(sut.findings.map((finding) => [finding.accountId, finding.ruleId])).toEqual([
      ...ACCOUNT_RULE_IDS.map((id) => ['acc-app', id]),
      ...ACCOUNT_RULE_IDS.map((id) => ['acc-platform', id]),
      ...CLIENT_RULE_IDS.map((id) => [null, id]),
    ]);
    expect(CLIENT_RULE_IDS).toEqual(
      COMPLIANCE_RULES.filter((rule) => rule.scope === 'CLIENT').map((rule) => rule.id),
    );
  });

  it.each<[string, Partial<ClientFacts>, number, string]>([
    ['an empty client', {}, 100, 'GREEN'],
    ['an empty client with overdue reviews', { overdueDocumentReviews: 1 }, 0, 'AMBER'],
    [
      'an empty client with a breach unnotified after 72 hours',
      { notifiableBreaches: 1, lateUnnotifiedBreaches: 1 },
      // DOC-REVIEW-OVERDUE passes (10) beside the failing breach rule (40): 10/50
      20,
      'RED',
    ],
    ['a private app not used for business', { accounts: [privateNotForBusiness] }, 100, 'GREEN'],
    [
      'a fully compliant platform account',
      {
        accounts: [platform],
        approvedDocumentTypes: ['PROCESSING_RECORD', 'DPIA'],
        consentTotal: 40,
        stalePendingConsents: 0,
      },
      100,
      'GREEN',
    ],
    [
      // FAIL 40 (private app) + FAIL 10 (record) of 40+40+20+5+10+10 = 125 → 75/125
      'a private app used for business, otherwise compliant, without record of processing',
      { accounts: [account('PRIVATE_APP', { answers: allTrueAnswers({ usedForBusiness: true }) })] },
      60,
      'RED',
    ],
    [
      // UNKNOWN 40 (contact sync) of 40+20+20+20+10+20+40+10+5 (account) + 10+10 (client) = 205 → 165/205
      'a business app with unknown contact sync and a record of processing',
      {
        accounts: [account('BUSINESS_APP', { answers: allTrueAnswers({ contactSyncDisabled: null }) })],
        approvedDocumentTypes: ['PROCESSING_RECORD'],
      },
      80,
      'AMBER',
    ],
  ])('scores %s', (_label, facts, score, level) => {
    const sut = evaluateClient(client(facts));

    expect({ score: sut.score, level: sut.level }).toEqual({ score, level });
  });
});
