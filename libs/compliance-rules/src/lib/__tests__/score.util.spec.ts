import { SEVERITY_WEIGHT, scoreFindings, type ScoredFinding } from '../score.util';
import type { ComplianceLevel, Finding, FindingStatus, Severity } from '../types';

const f = (severity: Severity, status: FindingStatus): ScoredFinding => ({ severity, status });
const times = (count: number, finding: ScoredFinding) => Array.from({ length: count }, () => finding);

describe('SEVERITY_WEIGHT', () => {
  it('weights CRITICAL 40, HIGH 20, MEDIUM 10, LOW 5', () => {
    expect(SEVERITY_WEIGHT).toEqual({ CRITICAL: 40, HIGH: 20, MEDIUM: 10, LOW: 5 });
  });
});

describe(scoreFindings.name, () => {
  const cases: [string, ScoredFinding[], number, ComplianceLevel][] = [
    ['no findings at all', [], 100, 'GREEN'],
    [
      'only not-applicable findings',
      [f('CRITICAL', 'NOT_APPLICABLE'), f('LOW', 'NOT_APPLICABLE')],
      100,
      'GREEN',
    ],
    ['a single pass', [f('LOW', 'PASS')], 100, 'GREEN'],
    [
      'passes of every severity',
      [f('CRITICAL', 'PASS'), f('HIGH', 'PASS'), f('MEDIUM', 'PASS'), f('LOW', 'PASS')],
      100,
      'GREEN',
    ],
    [
      'a pass next to not-applicable findings',
      [f('MEDIUM', 'PASS'), f('CRITICAL', 'NOT_APPLICABLE')],
      100,
      'GREEN',
    ],
    ['a single unknown, which counts as not passed', [f('HIGH', 'UNKNOWN')], 0, 'AMBER'],
    [
      'a CRITICAL unknown, which is not a CRITICAL fail',
      [f('CRITICAL', 'UNKNOWN'), f('CRITICAL', 'PASS')],
      50,
      'AMBER',
    ],
    ['a HIGH fail next to a CRITICAL pass', [f('CRITICAL', 'PASS'), f('HIGH', 'FAIL')], 67, 'AMBER'],
    ['a LOW fail among passes', [f('HIGH', 'PASS'), f('LOW', 'FAIL')], 80, 'AMBER'],
    [
      'a pass weighted 5 of 40, rounded half up',
      [f('LOW', 'PASS'), f('LOW', 'FAIL'), f('MEDIUM', 'UNKNOWN'), f('HIGH', 'FAIL')],
      13,
      'AMBER',
    ],
    ['a single CRITICAL fail', [f('CRITICAL', 'FAIL')], 0, 'RED'],
    [
      'a CRITICAL fail among many passes',
      [f('CRITICAL', 'FAIL'), ...times(19, f('CRITICAL', 'PASS'))],
      95,
      'RED',
    ],
    [
      'a CRITICAL fail next to unknowns and other fails',
      [f('CRITICAL', 'FAIL'), f('HIGH', 'UNKNOWN'), f('LOW', 'FAIL'), f('MEDIUM', 'PASS')],
      13,
      'RED',
    ],
    [
      'a not-applicable CRITICAL rule next to a fail',
      [f('CRITICAL', 'NOT_APPLICABLE'), f('LOW', 'FAIL')],
      0,
      'AMBER',
    ],
  ];

  it.each(cases)('scores %s', (_label, findings, score, level) => {
    expect(scoreFindings(findings)).toEqual({ score, level });
  });

  it('accepts full findings as produced by the evaluator', () => {
    const findings: Finding[] = [
      {
        ruleId: 'WA-IMPRINT',
        status: 'PASS',
        severity: 'HIGH',
        accountId: 'acc-1',
        titleDe: 't',
        titleEn: 't',
        remediationDe: 'r',
        remediationEn: 'r',
        legalReference: '§ 5 DDG',
      },
    ];

    expect(scoreFindings(findings)).toEqual({ score: 100, level: 'GREEN' });
  });
});
