import { evaluateClient } from '../evaluate.util';
import { dpiaRequired, riskLevel } from '../dpia';
import { hasRetention, transfersWithoutMechanism, type ProcessingActivityFacts } from '../processing';
import { account, client } from './facts.fixture';

const activity = (overrides: Partial<ProcessingActivityFacts> = {}): ProcessingActivityFacts => ({
  id: 'pa-1',
  approvedWhatsAppVariants: [],
  recipients: [{ name: 'Meta Platforms Ireland Ltd.', region: 'EU' }],
  transfers: [{ recipient: 'Meta Platforms, Inc.', mechanism: 'DATA_PRIVACY_FRAMEWORK' }],
  retention: '6 Monate nach Abschluss der Anfrage',
  whatsAppVariants: [],
  dpiaScreeningRequired: null,
  dpiaApproved: false,
  ...overrides,
});

const status = (facts: Parameters<typeof client>[0], ruleId: string) =>
  evaluateClient(client(facts)).findings.find((f) => f.ruleId === ruleId)?.status;

describe(transfersWithoutMechanism.name, () => {
  it('names a third-country recipient without a transfer, and a transfer without mechanism', () => {
    expect(transfersWithoutMechanism(activity())).toEqual([]);
    expect(
      transfersWithoutMechanism(
        activity({ recipients: [{ name: 'Chat Cloud LLC', region: 'THIRD_COUNTRY' }], transfers: [] }),
      ),
    ).toEqual(['Chat Cloud LLC']);
    expect(
      transfersWithoutMechanism(
        activity({
          recipients: [{ name: 'Chat Cloud LLC', region: 'THIRD_COUNTRY' }],
          transfers: [{ recipient: ' chat cloud llc ', mechanism: 'STANDARD_CONTRACTUAL_CLAUSES' }],
        }),
      ),
    ).toEqual([]);
    expect(
      transfersWithoutMechanism(
        activity({ transfers: [{ recipient: 'Meta Platforms, Inc.', mechanism: 'NONE' }] }),
      ),
    ).toEqual(['Meta Platforms, Inc.']);
  });
});

describe('processing rules', () => {
  it('PROC-TRANSFER-MECHANISM and PROC-RETENTION apply only to clients with activities', () => {
    expect(status({}, 'PROC-TRANSFER-MECHANISM')).toBe('NOT_APPLICABLE');
    expect(status({}, 'PROC-RETENTION')).toBe('NOT_APPLICABLE');
    expect(status({ processingActivities: [activity()] }, 'PROC-TRANSFER-MECHANISM')).toBe('PASS');
    expect(status({ processingActivities: [activity()] }, 'PROC-RETENTION')).toBe('PASS');
    const bare = activity({ recipients: [{ name: 'X Inc.', region: 'THIRD_COUNTRY' }], retention: '  ' });
    expect(status({ processingActivities: [activity(), bare] }, 'PROC-TRANSFER-MECHANISM')).toBe('FAIL');
    expect(status({ processingActivities: [activity(), bare] }, 'PROC-RETENTION')).toBe('FAIL');
    expect(hasRetention(bare)).toBe(false);
  });

  it('WA-PROCESSING-RECORD passes when approved activities cover every WhatsApp variant in business use', () => {
    const accounts = [account('BUSINESS_APP'), account('BUSINESS_PLATFORM')];
    expect(status({ accounts }, 'WA-PROCESSING-RECORD')).toBe('FAIL');
    const platformOnly = activity({ approvedWhatsAppVariants: ['BUSINESS_PLATFORM'] });
    expect(status({ accounts, processingActivities: [platformOnly] }, 'WA-PROCESSING-RECORD')).toBe('FAIL');
    const app = activity({ id: 'pa-2', approvedWhatsAppVariants: ['BUSINESS_APP'] });
    expect(status({ accounts, processingActivities: [platformOnly, app] }, 'WA-PROCESSING-RECORD')).toBe(
      'PASS',
    );
    // An approved PROCESSING_RECORD document still counts.
    expect(status({ accounts, approvedDocumentTypes: ['PROCESSING_RECORD'] }, 'WA-PROCESSING-RECORD')).toBe(
      'PASS',
    );
  });
});

describe('DPIA screening', () => {
  it("requires a DPIA with two WP248 criteria or an entry of the authorities' list", () => {
    expect(dpiaRequired([], null)).toBe(false);
    expect(dpiaRequired(['LARGE_SCALE'], '  ')).toBe(false);
    expect(dpiaRequired(['LARGE_SCALE', 'LARGE_SCALE'], null)).toBe(false);
    expect(dpiaRequired(['LARGE_SCALE', 'SYSTEMATIC_MONITORING'], null)).toBe(true);
    expect(dpiaRequired([], 'Umfangreiche Verarbeitung von Standortdaten')).toBe(true);
  });

  it('rates likelihood × severity', () => {
    expect([riskLevel(1, 3), riskLevel(2, 2), riskLevel(2, 4), riskLevel(3, 3), riskLevel(4, 4)]).toEqual([
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
    ]);
  });

  it('WA-DPIA passes with a DPIA document, or when every platform activity is screened "not required" or has an approved DPIA', () => {
    const accounts = [account('BUSINESS_PLATFORM')];
    const platform = activity({ whatsAppVariants: ['BUSINESS_PLATFORM'] });
    expect(status({ accounts }, 'WA-DPIA')).toBe('FAIL');
    expect(status({ accounts, processingActivities: [activity()] }, 'WA-DPIA')).toBe('FAIL');
    expect(status({ accounts, processingActivities: [platform] }, 'WA-DPIA')).toBe('FAIL');
    const required = { ...platform, dpiaScreeningRequired: true };
    expect(status({ accounts, processingActivities: [required] }, 'WA-DPIA')).toBe('FAIL');
    expect(status({ accounts, processingActivities: [{ ...required, dpiaApproved: true }] }, 'WA-DPIA')).toBe(
      'PASS',
    );
    const notRequired = { ...platform, dpiaScreeningRequired: false };
    expect(status({ accounts, processingActivities: [notRequired] }, 'WA-DPIA')).toBe('PASS');
    expect(status({ accounts, processingActivities: [notRequired, required] }, 'WA-DPIA')).toBe('FAIL');
    expect(status({ accounts, approvedDocumentTypes: ['DPIA'] }, 'WA-DPIA')).toBe('PASS');
  });
});
