// Technical and organisational measures (Art. 32 DSGVO): the goals of Art. 32(1)(b)–(d) and a built-in catalogue.

export const TOM_GOALS = [
  'CONFIDENTIALITY',
  'INTEGRITY',
  'AVAILABILITY',
  'RESILIENCE',
  'RECOVERABILITY',
  'REGULAR_TESTING',
] as const;
export type TomGoal = (typeof TOM_GOALS)[number];

export const TOM_STATUSES = ['IMPLEMENTED', 'PARTIAL', 'PLANNED', 'NOT_APPLICABLE'] as const;
export type TomStatus = (typeof TOM_STATUSES)[number];

export type TomDefinition = { key: string; goal: TomGoal; titleDe: string; titleEn: string };

const t = (key: string, goal: TomGoal, titleDe: string, titleEn: string): TomDefinition =>
  Object.freeze({ key, goal, titleDe, titleEn });

/** The measures every firm's catalogue starts with, in goal order; a firm adds its own. */
export const BUILT_IN_TOMS: readonly TomDefinition[] = Object.freeze([
  t(
    'access-control',
    'CONFIDENTIALITY',
    'Zugriff nur für berechtigte Personen (Rollen, Passwörter, 2FA)',
    'Access for authorised persons only (roles, passwords, 2FA)',
  ),
  t(
    'encryption',
    'CONFIDENTIALITY',
    'Verschlüsselung von Geräten, Datenträgern und Übertragungen',
    'Encryption of devices, storage media and transmissions',
  ),
  t(
    'screen-lock',
    'CONFIDENTIALITY',
    'Displaysperre und Abmeldung bei Abwesenheit',
    'Screen lock and sign-out when away',
  ),
  t(
    'confidentiality-obligation',
    'CONFIDENTIALITY',
    'Verpflichtung der Beschäftigten auf Vertraulichkeit',
    'Staff bound to confidentiality',
  ),
  t(
    'change-logging',
    'INTEGRITY',
    'Protokollierung von Eingaben und Änderungen',
    'Logging of entries and changes',
  ),
  t(
    'transfer-control',
    'INTEGRITY',
    'Kontrolle der Weitergabe (Empfänger, Auftragsverarbeitungsverträge)',
    'Control of disclosures (recipients, processing agreements)',
  ),
  t(
    'backups',
    'AVAILABILITY',
    'Regelmäßige Datensicherung an getrenntem Ort',
    'Regular backups kept separately',
  ),
  t(
    'malware-protection',
    'AVAILABILITY',
    'Schutz vor Schadsoftware und zeitnahe Updates',
    'Malware protection and timely updates',
  ),
  t(
    'redundancy',
    'RESILIENCE',
    'Ausfallsichere Systeme oder Ersatzgeräte',
    'Fail-safe systems or spare devices',
  ),
  t(
    'capacity-planning',
    'RESILIENCE',
    'Ausreichende Kapazitäten und Überwachung der Systeme',
    'Sufficient capacity and system monitoring',
  ),
  t(
    'restore-procedure',
    'RECOVERABILITY',
    'Dokumentiertes Wiederherstellungsverfahren',
    'Documented restore procedure',
  ),
  t(
    'incident-response',
    'RECOVERABILITY',
    'Notfallplan und Meldeweg für Datenpannen',
    'Emergency plan and breach reporting channel',
  ),
  t('restore-tests', 'REGULAR_TESTING', 'Regelmäßige Wiederherstellungstests', 'Regular restore tests'),
  t('tom-review', 'REGULAR_TESTING', 'Jährliche Überprüfung der Maßnahmen', 'Yearly review of the measures'),
  t(
    'staff-training',
    'REGULAR_TESTING',
    'Regelmäßige Datenschutzschulungen',
    'Regular data protection training',
  ),
]);
