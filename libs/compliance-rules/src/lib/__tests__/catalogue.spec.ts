import { COMPLIANCE_RULES, ruleById } from '../catalogue';
import {
  ACCOUNT_RULE_IDS,
  CLIENT_RULE_IDS,
  RULE_SCOPES,
  SEVERITIES,
  VARIANTS,
  type ComplianceRule,
  type RuleScope,
  type Severity,
  type Variant,
} from '../types';

const ALL: Variant[] = ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'];

// docs/compliance-rules.md, in its order: id, severity, variants, scope, a fragment the legal reference must contain.
const DESIGN_TABLE: [string, Severity, Variant[], RuleScope, string][] = [
  ['WA-PRIVATE-APP', 'CRITICAL', ['PRIVATE_APP'], 'ACCOUNT', 'Art. 6 DSGVO'],
  ['WA-CONTACT-SYNC', 'CRITICAL', ['PRIVATE_APP', 'BUSINESS_APP'], 'ACCOUNT', 'F 111/17 EASO'],
  ['WA-ADDRESS-BOOK', 'HIGH', ['BUSINESS_APP'], 'ACCOUNT', 'Art. 6 DSGVO'],
  ['WA-IMPRINT', 'HIGH', ['BUSINESS_APP', 'BUSINESS_PLATFORM'], 'ACCOUNT', '§ 5 DDG'],
  ['WA-PRIVACY-NOTICE', 'HIGH', ALL, 'ACCOUNT', 'Art. 13, 14 DSGVO'],
  ['WA-PRIVACY-LINK', 'MEDIUM', ['BUSINESS_APP', 'BUSINESS_PLATFORM'], 'ACCOUNT', 'Art. 12, 13 DSGVO'],
  ['WA-DOUBLE-OPT-IN', 'HIGH', ['BUSINESS_APP', 'BUSINESS_PLATFORM'], 'ACCOUNT', 'Art. 7 Abs. 1 DSGVO'],
  ['WA-MARKETING-CONSENT', 'CRITICAL', ['BUSINESS_APP', 'BUSINESS_PLATFORM'], 'ACCOUNT', '§ 7 Abs. 2 UWG'],
  ['WA-BSP-CHOSEN', 'HIGH', ['BUSINESS_PLATFORM'], 'ACCOUNT', 'Art. 28 DSGVO'],
  ['WA-BSP-DPA', 'HIGH', ['BUSINESS_PLATFORM'], 'ACCOUNT', 'Art. 28 Abs. 3 DSGVO'],
  ['WA-BSP-TRANSFER', 'HIGH', ['BUSINESS_PLATFORM'], 'ACCOUNT', 'Art. 44 ff. DSGVO'],
  ['WA-DEDICATED-DEVICE', 'MEDIUM', ['BUSINESS_APP'], 'ACCOUNT', 'Art. 32 DSGVO'],
  ['WA-PROCESSING-RECORD', 'MEDIUM', ALL, 'CLIENT', 'Art. 30 DSGVO'],
  ['WA-DPIA', 'MEDIUM', ['BUSINESS_PLATFORM'], 'CLIENT', 'Art. 35 DSGVO'],
  ['WA-ACCOUNT-DELETION', 'LOW', ALL, 'ACCOUNT', 'Art. 17 DSGVO'],
  ['CONSENT-STALE-PENDING', 'LOW', ALL, 'CLIENT', 'Art. 7 Abs. 1 DSGVO'],
  ['DOC-REVIEW-OVERDUE', 'MEDIUM', ALL, 'CLIENT', 'Art. 5 Abs. 2'],
  ['DSR-OVERDUE', 'HIGH', ALL, 'CLIENT', 'Art. 12 Abs. 3 DSGVO'],
  ['BREACH-NOT-NOTIFIED', 'CRITICAL', ALL, 'CLIENT', 'Art. 33 Abs. 1'],
  ['PROC-TRANSFER-MECHANISM', 'HIGH', ALL, 'CLIENT', 'Art. 44 ff. DSGVO'],
  ['PROC-RETENTION', 'MEDIUM', ALL, 'CLIENT', 'Art. 5 Abs. 1 lit. e DSGVO'],
  ['CONSENT-TEXT', 'HIGH', ALL, 'CLIENT', 'Art. 7 Abs. 2–4 DSGVO'],
  ['CAMPAIGN-ANSWERS', 'MEDIUM', ALL, 'CLIENT', 'Art. 24 Abs. 1 DSGVO'],
];

const TEXT_FIELDS = [
  'titleDe',
  'titleEn',
  'rationaleDe',
  'rationaleEn',
  'remediationDe',
  'remediationEn',
  'legalReference',
] as const;

describe('COMPLIANCE_RULES', () => {
  it('lists the DESIGN catalogue in DESIGN order', () => {
    expect(COMPLIANCE_RULES.map((rule) => rule.id)).toEqual(DESIGN_TABLE.map(([id]) => id));
  });

  it('has unique ids', () => {
    const ids = COMPLIANCE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(DESIGN_TABLE)(
    '%s has severity %s, variants %j, scope %s and cites %s',
    (id, severity, variants, scope, legalFragment) => {
      const sut = ruleById(id);
      expect(sut).toMatchObject({ severity, variants, scope });
      expect(sut?.legalReference).toContain(legalFragment);
    },
  );

  it('keeps the scope of every rule in line with the account and client id lists', () => {
    const byScope = (scope: RuleScope) =>
      COMPLIANCE_RULES.filter((rule) => rule.scope === scope).map((rule) => rule.id);
    expect(byScope('ACCOUNT')).toEqual([...ACCOUNT_RULE_IDS]);
    expect(byScope('CLIENT')).toEqual([...CLIENT_RULE_IDS]);
  });

  describe.each(COMPLIANCE_RULES.map((rule): [string, ComplianceRule] => [rule.id, rule]))(
    '%s',
    (_id, rule) => {
      it('has a valid severity and scope', () => {
        expect(SEVERITIES).toContain(rule.severity);
        expect(RULE_SCOPES).toContain(rule.scope);
      });

      it('applies to at least one variant, each valid and listed once in VARIANTS order', () => {
        expect(rule.variants.length).toBeGreaterThan(0);
        expect(rule.variants).toEqual(VARIANTS.filter((variant) => rule.variants.includes(variant)));
      });

      it.each(TEXT_FIELDS)('has a non-empty, trimmed %s', (field) => {
        const text = rule[field];
        expect(text.trim()).not.toBe('');
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\s{2,}/);
      });

      it('keeps German and English texts apart', () => {
        for (const text of [rule.titleDe, rule.rationaleDe, rule.remediationDe])
          expect(text).not.toMatch(/\bGDPR\b/);
        for (const text of [rule.titleEn, rule.rationaleEn, rule.remediationEn])
          expect(text).not.toMatch(/\bDSGVO\b/);
      });

      it('ends rationale and remediation with a full stop', () => {
        for (const text of [rule.rationaleDe, rule.rationaleEn, rule.remediationDe, rule.remediationEn]) {
          expect(text).toMatch(/[.)]$/);
        }
      });
    },
  );

  it('is frozen, so neither api nor web can change the shared catalogue', () => {
    expect(Object.isFrozen(COMPLIANCE_RULES)).toBe(true);
    for (const rule of COMPLIANCE_RULES) {
      expect(Object.isFrozen(rule)).toBe(true);
      expect(Object.isFrozen(rule.variants)).toBe(true);
    }
  });
});

describe(ruleById.name, () => {
  it.each(COMPLIANCE_RULES.map((rule) => [rule.id, rule] as const))('finds %s', (id, rule) => {
    expect(ruleById(id)).toBe(rule);
  });

  it.each(['', 'wa-private-app', 'WA-UNKNOWN'])('returns undefined for %j', (id) => {
    expect(ruleById(id)).toBeUndefined();
  });
});
