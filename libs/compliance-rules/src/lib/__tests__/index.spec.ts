import * as sut from '../../index';
import * as clocks from '../../legal-clocks';

describe('public API of @klarsicht/compliance-rules', () => {
  it('exports the public API the api and the web depend on', () => {
    expect(Object.keys(sut).sort()).toEqual(
      [
        'ACCOUNT_RULE_IDS',
        'ANSWER_KEYS',
        'CLIENT_RULE_IDS',
        'COMPLIANCE_LEVELS',
        'COMPLIANCE_RULES',
        'CONSENT_TEXT_CHECKS',
        'MAX_SENTENCE_WORDS',
        'READABILITY_THRESHOLD',
        'hasBlockingFinding',
        'lintConsentText',
        'DOCUMENT_TYPES',
        'FINDING_STATUSES',
        'HOSTING_REGIONS',
        'LEGAL_BASES',
        'PROCESSING_STATUSES',
        'QUESTIONNAIRE',
        'QUESTIONNAIRE_VERSION',
        'RECIPIENT_KINDS',
        'RULE_SCOPES',
        'SEVERITIES',
        'SEVERITY_WEIGHT',
        'SPECIAL_CATEGORY_CONDITIONS',
        'TRANSFER_MECHANISMS',
        'VARIANTS',
        'coveredWhatsAppVariants',
        'emptyAnswers',
        'evaluateAccount',
        'evaluateClient',
        'hasRetention',
        'isQuestionAsked',
        'questionsFor',
        'ruleById',
        'scoreFindings',
        'transfersWithoutMechanism',
        'dpiaDocumented',
        'BUILT_IN_TOMS',
        'TOM_GOALS',
        'TOM_STATUSES',
        'DPIA_CRITERIA',
        'DPIA_QUESTIONS',
        'RISK_LEVELS',
        'dpiaRequired',
        'riskLevel',
      ].sort(),
    );
  });

  it('keeps the legal clocks (and date-holidays) in their own entry point, which the web does not load', () => {
    expect(Object.keys(clocks).sort()).toEqual(
      [
        'BREACH_NOTIFICATION_HOURS',
        'LEGAL_TIME_ZONE',
        'MAX_REQUEST_EXTENSION_MONTHS',
        'REQUEST_PERIOD_MONTHS',
        'addDays',
        'addMonths',
        'breachNotificationDeadline',
        'calendarDateIn',
        'clockAt',
        'endOfDayIn',
        'isWorkingDay',
        'nextWorkingDay',
        'publicHolidays',
        'requestDeadline',
        'startOfDayIn',
        'SUPERVISORY_AUTHORITIES',
        'supervisoryAuthorityByCode',
        'supervisoryAuthorityFor',
        'BREACH_RISKS',
        'breachNeedsCommunication',
        'breachNeedsNotification',
        'breachNotificationDraft',
      ].sort(),
    );
  });

  it.each([
    ['VARIANTS', sut.VARIANTS, ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM']],
    ['SEVERITIES', sut.SEVERITIES, ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']],
    ['FINDING_STATUSES', sut.FINDING_STATUSES, ['PASS', 'FAIL', 'UNKNOWN', 'NOT_APPLICABLE']],
    ['COMPLIANCE_LEVELS', sut.COMPLIANCE_LEVELS, ['RED', 'AMBER', 'GREEN']],
    ['HOSTING_REGIONS', sut.HOSTING_REGIONS, ['EU', 'EEA', 'THIRD_COUNTRY']],
    [
      'TRANSFER_MECHANISMS',
      sut.TRANSFER_MECHANISMS,
      ['NONE', 'ADEQUACY_DECISION', 'DATA_PRIVACY_FRAMEWORK', 'STANDARD_CONTRACTUAL_CLAUSES'],
    ],
    [
      'DOCUMENT_TYPES',
      sut.DOCUMENT_TYPES,
      [
        'PRIVACY_NOTICE',
        'DPA',
        'IMPRINT',
        'PROCESSING_RECORD',
        'DPIA',
        'TOM',
        'CONSENT_TEXT',
        'TRAINING_PROOF',
        'EVIDENCE',
        'OTHER',
      ],
    ],
  ])('keeps %s as agreed in the GraphQL contract', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
