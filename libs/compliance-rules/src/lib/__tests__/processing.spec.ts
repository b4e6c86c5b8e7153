import { evaluateClient } from '../evaluate.util';
import { hasRetention, transfersWithoutMechanism, type ProcessingActivityFacts } from '../processing';
import { account, client } from './facts.fixture';

const activity = (overrides: Partial<ProcessingActivityFacts> = {}): ProcessingActivityFacts => ({
  id: 'pa-1',
  approvedWhatsAppVariants: [],
  recipients: [{ name: 'Meta Platforms Ireland Ltd.', region: 'EU' }],
  transfers: [{ recipient: 'Meta Platforms, Inc.', mechanism: 'DATA_PRIVACY_FRAMEWORK' }],
  retention: '6 Monate nach Abschluss der Anfrage',
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
