import type { RegisterData } from '@klarsicht/api-processing';
import type { ReportLanguage } from '../pdf/report-labels';
import { ReportPdf, type ReportHeader } from '../pdf/report-pdf';

const LABELS = {
  de: {
    title: (client: string) => `Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) – ${client}`,
    intro:
      'Jede Verarbeitungstätigkeit in ihrer aktuellen Version mit Status, Empfängern, Drittlandübermittlungen, Löschfristen und dem Ergebnis der DSFA-Schwellwertanalyse; danach die technischen und organisatorischen Maßnahmen (Art. 32 DSGVO).',
    none: 'Noch keine Verarbeitungstätigkeiten erfasst.',
    status: 'Status',
    version: 'Version',
    approved: 'Freigegebene Version',
    nextReview: 'Nächste Prüfung',
    purposes: 'Zwecke',
    legalBases: 'Rechtsgrundlagen',
    subjects: 'Betroffene Personen',
    data: 'Datenkategorien',
    recipients: 'Empfänger',
    transfers: 'Drittlandübermittlungen',
    retention: 'Löschfristen',
    toms: 'TOM',
    screening: 'DSFA-Schwellwertanalyse',
    gaps: 'Ohne Übermittlungsgrundlage',
    measures: 'Technische und organisatorische Maßnahmen',
    goal: 'Schutzziel',
    measure: 'Maßnahme',
    measureStatus: 'Status',
    notAssessed: 'nicht bewertet',
  },
  en: {
    title: (client: string) => `Record of processing activities (Art. 30 GDPR) – ${client}`,
    intro:
      'Every processing activity in its current version with status, recipients, third-country transfers, erasure periods and the result of the DPIA screening; then the technical and organisational measures (Art. 32 GDPR).',
    none: 'No processing activities recorded yet.',
    status: 'Status',
    version: 'Version',
    approved: 'Approved version',
    nextReview: 'Next review',
    purposes: 'Purposes',
    legalBases: 'Legal bases',
    subjects: 'Data subjects',
    data: 'Data categories',
    recipients: 'Recipients',
    transfers: 'Third-country transfers',
    retention: 'Erasure periods',
    toms: 'TOMs',
    screening: 'DPIA screening',
    gaps: 'Without transfer mechanism',
    measures: 'Technical and organisational measures',
    goal: 'Goal',
    measure: 'Measure',
    measureStatus: 'Status',
    notAssessed: 'not assessed',
  },
} as const;

const list = (values: readonly string[]): string => values.join('; ') || '–';

/** The client's register as a PDF to hand over (docs/registers.md § Export). */
export const renderRegister = (
  header: ReportHeader,
  data: RegisterData,
  language: ReportLanguage,
): ReportPdf => {
  const pdf = new ReportPdf(header);
  const l = LABELS[language];
  pdf.doc
    .font('Sans-Bold')
    .fontSize(16)
    .text(l.title(data.clientName ?? ''));
  pdf.doc.moveDown(0.4);
  pdf.paragraph(l.intro, { muted: true });
  if (data.processingActivities.length === 0) pdf.paragraph(l.none);
  for (const a of data.processingActivities) {
    const r = a.record;
    pdf.heading(r.name);
    pdf.facts([
      [l.status, a.status],
      [l.version, String(a.version)],
      [l.approved, a.approvedVersion ? String(a.approvedVersion) : '–'],
      [l.nextReview, pdf.formatDate(a.nextReviewAt, false)],
      [l.purposes, list(r.purposes)],
      [l.legalBases, list([...r.legalBases, ...r.specialCategoryConditions])],
      [l.subjects, list(r.subjectCategories)],
      [l.data, list(r.dataCategories)],
      [l.recipients, list(r.recipients.map((x) => `${x.name} (${x.kind}, ${x.region})`))],
      [l.transfers, list(r.transfers.map((x) => `${x.recipient} → ${x.country || '?'} (${x.mechanism})`))],
      [l.retention, r.retention || '–'],
      [l.toms, r.securityMeasures || '–'],
      [l.screening, a.dpiaScreening?.result ?? '–'],
      ...(a.transferGaps.length ? [[l.gaps, list(a.transferGaps)] as const] : []),
    ]);
  }
  pdf.heading(l.measures);
  pdf.table(
    [
      { header: l.goal, width: 110 },
      { header: l.measure, width: 300 },
      { header: l.measureStatus, width: 89 },
    ],
    data.technicalMeasures.map((m) => [m.goal, m.title, m.status ?? l.notAssessed]),
  );
  return pdf;
};
