import { ruleById } from '../catalogue';
import { evaluateAccount } from '../evaluate.util';
import { ANSWER_KEYS, type AnswerKey, type FindingStatus, type Variant } from '../types';
import { account } from './facts.fixture';

const statuses = (variant: Variant, claimedAnswers?: AnswerKey[]): Record<string, FindingStatus> =>
  Object.fromEntries(evaluateAccount(account(variant, { claimedAnswers })).map((f) => [f.ruleId, f.status]));

describe('claimed answers (docs/judgement.md § Client attestations)', () => {
  it.each<[string, Variant, AnswerKey[], Record<string, FindingStatus>]>([
    [
      'a claimed "contact sync disabled" keeps WA-CONTACT-SYNC (CRITICAL) unknown',
      'BUSINESS_APP',
      ['contactSyncDisabled'],
      { 'WA-CONTACT-SYNC': 'UNKNOWN', 'WA-IMPRINT': 'PASS' },
    ],
    [
      'a claimed imprint keeps WA-IMPRINT (HIGH) unknown',
      'BUSINESS_APP',
      ['profileHasImprint'],
      { 'WA-IMPRINT': 'UNKNOWN', 'WA-CONTACT-SYNC': 'PASS' },
    ],
    [
      'a claimed privacy link still passes WA-PRIVACY-LINK (MEDIUM)',
      'BUSINESS_APP',
      ['profileLinksPrivacyNotice', 'dedicatedBusinessDevice', 'accountDeletionProcess'],
      { 'WA-PRIVACY-LINK': 'PASS', 'WA-DEDICATED-DEVICE': 'PASS', 'WA-ACCOUNT-DELETION': 'PASS' },
    ],
    [
      'a claimed "not used for business" keeps the private app in scope for the CRITICAL rules',
      'PRIVATE_APP',
      ['usedForBusiness'],
      { 'WA-PRIVATE-APP': 'UNKNOWN', 'WA-CONTACT-SYNC': 'PASS' },
    ],
    [
      'a claimed marketing answer keeps WA-MARKETING-CONSENT (CRITICAL) unknown',
      'BUSINESS_PLATFORM',
      ['separateMarketingConsent'],
      { 'WA-MARKETING-CONSENT': 'UNKNOWN', 'WA-BSP-CHOSEN': 'PASS', 'WA-BSP-TRANSFER': 'PASS' },
    ],
  ])('%s', (_name, variant, claimed, expected) => {
    const sut = statuses(variant, claimed);
    for (const [ruleId, status] of Object.entries(expected))
      expect([ruleId, sut[ruleId]]).toEqual([ruleId, status]);
  });

  it('claims nothing: the same findings as without the field', () => {
    expect(statuses('BUSINESS_APP', [])).toEqual(statuses('BUSINESS_APP'));
  });

  it('every answer claimed: exactly the CRITICAL and HIGH rules that read an answer are not PASS', () => {
    const sut = statuses('BUSINESS_APP', [...ANSWER_KEYS]);
    const verified = statuses('BUSINESS_APP');
    for (const [ruleId, status] of Object.entries(sut)) {
      const severity = ruleById(ruleId)?.severity;
      if (verified[ruleId] !== 'PASS') continue;
      if (severity === 'CRITICAL' || severity === 'HIGH')
        expect([ruleId, status]).toEqual([ruleId, 'UNKNOWN']);
      else expect([ruleId, status]).toEqual([ruleId, 'PASS']);
    }
  });
});
