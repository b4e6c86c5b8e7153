import { breachNotificationDeadline } from './legal-clocks.util';
import type { SupervisoryAuthority } from './supervisory-authorities';

export const BREACH_RISKS = ['NO_RISK', 'RISK', 'HIGH_RISK'] as const;
export type BreachRisk = (typeof BREACH_RISKS)[number];

export type BreachFacts = {
  clientName: string;
  discoveredAt: Date;
  occurredAt: Date | null;
  description: string;
  dataCategories: readonly string[];
  subjectCategories: readonly string[];
  approxSubjects: number | null;
  approxRecords: number | null;
  likelyConsequences: string;
  measures: string;
  risk: BreachRisk;
  contact: string | null;
  lateReason: string | null;
};

/** Art. 33(1): a breach is notified unless it is unlikely to result in a risk; Art. 34(1): people told if high. */
export const breachNeedsNotification = (risk: BreachRisk): boolean => risk !== 'NO_RISK';
export const breachNeedsCommunication = (risk: BreachRisk): boolean => risk === 'HIGH_RISK';

const berlin = (at: Date): string =>
  at.toLocaleString('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }) + ' Uhr';
const list = (values: readonly string[]): string => (values.length ? values.join(', ') : '(noch anzugeben)');
const count = (value: number | null): string =>
  value === null ? 'unbekannt' : `ca. ${value.toLocaleString('de-DE')}`;
const text = (value: string): string => value.trim() || '(noch anzugeben)';

/**
 * A notification to the authority in German with the contents Art. 33(3) DSGVO requires (a: nature, categories
 * and approximate numbers; b: contact; c: likely consequences; d: measures), and the reasons for a delay (33(1)).
 */
export const breachNotificationDraft = (
  breach: BreachFacts,
  authority: SupervisoryAuthority | null,
  now: Date = new Date(),
): string => {
  const deadline = breachNotificationDeadline(breach.discoveredAt);
  const late = now > deadline;
  const lines = [
    authority
      ? `An: ${authority.name}, ${authority.street}, ${authority.postalCode} ${authority.city}`
      : 'An: (zuständige Aufsichtsbehörde wählen)',
    '',
    `Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO – ${breach.clientName}`,
    '',
    `Kenntnis der Verletzung: ${berlin(breach.discoveredAt)}`,
    `Zeitpunkt der Verletzung: ${breach.occurredAt ? berlin(breach.occurredAt) : 'unbekannt'}`,
    `Meldefrist (72 Stunden ab Kenntnis): ${berlin(deadline)}`,
    '',
    '1. Art der Verletzung (Art. 33 Abs. 3 lit. a DSGVO)',
    text(breach.description),
    `Kategorien betroffener Personen: ${list(breach.subjectCategories)}`,
    `Ungefähre Zahl betroffener Personen: ${count(breach.approxSubjects)}`,
    `Kategorien betroffener Daten: ${list(breach.dataCategories)}`,
    `Ungefähre Zahl betroffener Datensätze: ${count(breach.approxRecords)}`,
    '',
    '2. Ansprechpartner (Art. 33 Abs. 3 lit. b DSGVO)',
    breach.contact?.trim() || '(Name und Kontaktdaten des Datenschutzbeauftragten)',
    '',
    '3. Wahrscheinliche Folgen (Art. 33 Abs. 3 lit. c DSGVO)',
    text(breach.likelyConsequences),
    '',
    '4. Ergriffene oder vorgeschlagene Maßnahmen (Art. 33 Abs. 3 lit. d DSGVO)',
    text(breach.measures),
    '',
    `Risikobewertung: ${{ NO_RISK: 'voraussichtlich kein Risiko', RISK: 'Risiko', HIGH_RISK: 'voraussichtlich hohes Risiko' }[breach.risk]}`,
    breachNeedsCommunication(breach.risk)
      ? 'Die betroffenen Personen werden nach Art. 34 DSGVO benachrichtigt.'
      : 'Eine Benachrichtigung der betroffenen Personen nach Art. 34 DSGVO ist nicht erforderlich.',
  ];
  if (late)
    lines.push(
      '',
      'Gründe für die Verzögerung (Art. 33 Abs. 1 Satz 2 DSGVO)',
      breach.lateReason?.trim() ||
        '(Begründung erforderlich: die Meldung erfolgt nach Ablauf von 72 Stunden)',
    );
  lines.push(
    '',
    'Die Informationen werden, soweit noch nicht verfügbar, schrittweise nachgereicht (Art. 33 Abs. 4 DSGVO).',
  );
  return lines.join('\n');
};
