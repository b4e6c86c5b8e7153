import type { ComplianceLevel, Finding, Severity } from './types';

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = Object.freeze({
  CRITICAL: 40,
  HIGH: 20,
  MEDIUM: 10,
  LOW: 5,
});

export type ScoredFinding = Pick<Finding, 'status' | 'severity'>;

/**
 * Score = round(100 × weight of PASS / weight of applicable findings); UNKNOWN counts as not passed,
 * NOT_APPLICABLE is left out, and with nothing applicable the score is 100.
 */
export function scoreFindings(findings: readonly ScoredFinding[]): { score: number; level: ComplianceLevel } {
  let applicableWeight = 0;
  let passedWeight = 0;
  for (const finding of findings) {
    if (finding.status === 'NOT_APPLICABLE') continue;
    const weight = SEVERITY_WEIGHT[finding.severity];
    applicableWeight += weight;
    if (finding.status === 'PASS') passedWeight += weight;
  }
  const score = applicableWeight === 0 ? 100 : Math.round((100 * passedWeight) / applicableWeight);
  return { score, level: levelOf(findings) };
}

function levelOf(findings: readonly ScoredFinding[]): ComplianceLevel {
  if (findings.some((finding) => finding.status === 'FAIL' && finding.severity === 'CRITICAL')) return 'RED';
  if (findings.some((finding) => finding.status === 'FAIL' || finding.status === 'UNKNOWN')) return 'AMBER';
  return 'GREEN';
}
