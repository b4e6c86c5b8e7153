// DPIA screening (Art. 35 DSGVO): the nine criteria of the EDPB guidelines (WP248 rev.01). Two or more met, or an
// entry of the German supervisory authorities' list of processing that always needs a DPIA (Art. 35(4)), → required.

export const DPIA_CRITERIA = [
  'EVALUATION_OR_SCORING',
  'AUTOMATED_DECISION',
  'SYSTEMATIC_MONITORING',
  'SENSITIVE_DATA',
  'LARGE_SCALE',
  'MATCHING_DATASETS',
  'VULNERABLE_SUBJECTS',
  'INNOVATIVE_TECHNOLOGY',
  'PREVENTS_EXERCISE_OF_RIGHTS',
] as const;
export type DpiaCriterion = (typeof DPIA_CRITERIA)[number];

export type DpiaQuestion = { criterion: DpiaCriterion; textDe: string; textEn: string };

export const DPIA_QUESTIONS: readonly DpiaQuestion[] = Object.freeze([
  {
    criterion: 'EVALUATION_OR_SCORING',
    textDe: 'Werden Personen bewertet oder eingestuft (Profiling, Scoring, Prognosen)?',
    textEn: 'Are people evaluated or scored (profiling, scoring, predictions)?',
  },
  {
    criterion: 'AUTOMATED_DECISION',
    textDe: 'Gibt es automatisierte Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung?',
    textEn: 'Are there automated decisions with legal or similarly significant effect?',
  },
  {
    criterion: 'SYSTEMATIC_MONITORING',
    textDe: 'Werden Personen systematisch überwacht?',
    textEn: 'Are people systematically monitored?',
  },
  {
    criterion: 'SENSITIVE_DATA',
    textDe: 'Werden besondere Kategorien oder höchstpersönliche Daten verarbeitet (Art. 9, 10 DSGVO)?',
    textEn: 'Are special categories or highly personal data processed (Art. 9, 10 GDPR)?',
  },
  {
    criterion: 'LARGE_SCALE',
    textDe: 'Werden Daten in großem Umfang verarbeitet?',
    textEn: 'Is data processed on a large scale?',
  },
  {
    criterion: 'MATCHING_DATASETS',
    textDe: 'Werden Datensätze aus verschiedenen Quellen abgeglichen oder zusammengeführt?',
    textEn: 'Are data sets from different sources matched or combined?',
  },
  {
    criterion: 'VULNERABLE_SUBJECTS',
    textDe: 'Sind schutzbedürftige Personen betroffen (Kinder, Beschäftigte, Patienten)?',
    textEn: 'Are vulnerable people concerned (children, employees, patients)?',
  },
  {
    criterion: 'INNOVATIVE_TECHNOLOGY',
    textDe: 'Werden neue Technologien oder organisatorische Lösungen eingesetzt?',
    textEn: 'Are new technologies or organisational solutions used?',
  },
  {
    criterion: 'PREVENTS_EXERCISE_OF_RIGHTS',
    textDe: 'Hindert die Verarbeitung Personen daran, ein Recht auszuüben oder einen Dienst zu nutzen?',
    textEn: 'Does the processing prevent people from exercising a right or using a service?',
  },
]);

/** WP248: two or more criteria make a DPIA likely required; an entry of the authorities' list always does. */
export const dpiaRequired = (
  criteria: readonly DpiaCriterion[],
  authorityListEntry: string | null,
): boolean => new Set(criteria).size >= 2 || Boolean(authorityListEntry?.trim());

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Likelihood × severity, each 1 (negligible) to 4 (maximum): 1–3 low, 4–8 medium, 9–16 high. */
export const riskLevel = (likelihood: number, severity: number): RiskLevel => {
  const score = likelihood * severity;
  return score >= 9 ? 'HIGH' : score >= 4 ? 'MEDIUM' : 'LOW';
};
