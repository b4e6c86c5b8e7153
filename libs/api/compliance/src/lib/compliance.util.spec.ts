import { emptyAnswers, evaluateClient, type Finding } from '@klarsicht/compliance-rules';
import {
  closingComment,
  DUE_DAYS,
  evaluateClients,
  generatedTaskKey,
  ruleTaskFor,
  type ClientAccountFacts,
  type ClientComplianceFacts,
} from './compliance.util';

const finding = (values: Partial<Finding>): Finding => ({
  ruleId: 'WA-PRIVATE-APP',
  status: 'FAIL',
  severity: 'CRITICAL',
  accountId: 'a1',
  titleDe: 'Private WhatsApp-App geschäftlich genutzt',
  titleEn: 'Private WhatsApp app used for business',
  remediationDe: 'Auf WhatsApp Business umstellen.',
  remediationEn: 'Move to WhatsApp Business.',
  legalReference: 'Art. 6 DSGVO',
  ...values,
});

const privateApp = (clientId: string, id: string): ClientAccountFacts => ({
  clientId,
  id,
  label: `Handy ${id}`,
  variant: 'PRIVATE_APP',
  answers: emptyAnswers(),
  bsp: null,
});

describe('compliance.util', () => {
  it('generatedTaskKey: one key per rule and account, "client" for client-wide rules', () => {
    expect(generatedTaskKey({ ruleId: 'WA-PRIVATE-APP', accountId: 'a1' })).toBe('rule:WA-PRIVATE-APP:a1');
    expect(generatedTaskKey({ ruleId: 'DOC-REVIEW-OVERDUE', accountId: null })).toBe(
      'rule:DOC-REVIEW-OVERDUE:client',
    );
  });

  it('ruleTaskFor: due by severity, titled with the account label where there is one', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    for (const severity of ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const) {
      const task = ruleTaskFor('c1', finding({ severity }), 'Vertrieb', now);
      expect(task.dueAt).toEqual(new Date(now.getTime() + DUE_DAYS[severity] * 86_400_000));
      expect(task.priority).toBe(severity);
    }
    expect(ruleTaskFor('c1', finding({}), 'Vertrieb', now)).toMatchObject({
      clientId: 'c1',
      source: 'RULE',
      key: 'rule:WA-PRIVATE-APP:a1',
      ruleId: 'WA-PRIVATE-APP',
      title: 'Private WhatsApp-App geschäftlich genutzt (Vertrieb)',
      description: 'Auf WhatsApp Business umstellen.',
    });
    expect(ruleTaskFor('c1', finding({ accountId: null }), null, now).title).toBe(
      'Private WhatsApp-App geschäftlich genutzt',
    );
  });

  it('closingComment says why the task closes', () => {
    expect(closingComment({ ruleId: 'R', status: 'PASS' })).toBe('R: Die Regel ist wieder erfüllt.');
    expect(closingComment({ ruleId: 'R', status: 'UNKNOWN' })).toContain('wieder offen');
    expect(closingComment({ ruleId: 'R', status: 'NOT_APPLICABLE' })).toBe(
      'R: Die Regel trifft nicht mehr zu.',
    );
  });

  it('evaluateClients: each client with its own accounts only, and no facts read as none', () => {
    const facts = new Map<string, ClientComplianceFacts>([
      [
        'c1',
        {
          approvedDocumentTypes: ['PROCESSING_RECORD'],
          overdueDocumentReviews: 1,
          consentTotal: 3,
          stalePendingConsents: 0,
          requestTotal: 0,
          overdueRequests: 0,
          notifiableBreaches: 0,
          lateUnnotifiedBreaches: 0,
          processingActivities: [],
          activeConsentTextPurposes: 0,
          flawedConsentTextPurposes: 0,
          campaignQuestions: 0,
          unansweredCampaignQuestions: 0,
          deniedCampaignQuestions: 0,
        },
      ],
    ]);
    const accounts = [privateApp('c1', 'a1'), privateApp('c2', 'a2'), privateApp('c2', 'a3')];
    const results = evaluateClients(['c1', 'c2', 'c3'], accounts, facts);
    expect([...results.keys()]).toEqual(['c1', 'c2', 'c3']);
    const strip = ({ clientId: _c, label: _l, ...a }: ClientAccountFacts) => a;
    expect(results.get('c1')).toEqual(
      evaluateClient({
        ...facts.get('c1')!,
        approvedDocumentTypes: ['PROCESSING_RECORD'],
        accounts: [strip(accounts[0])],
      }),
    );
    expect(results.get('c2')).toEqual(
      evaluateClient({
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
        campaignQuestions: 0,
        unansweredCampaignQuestions: 0,
        deniedCampaignQuestions: 0,
        accounts: [strip(accounts[1]), strip(accounts[2])],
      }),
    );
    expect(new Set(results.get('c2')!.findings.map((f) => f.accountId)).has('a1')).toBe(false);
    expect(results.get('c3')).toEqual(
      evaluateClient({
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
        campaignQuestions: 0,
        unansweredCampaignQuestions: 0,
        deniedCampaignQuestions: 0,
        accounts: [],
      }),
    );
  });
});
