import {
  questionsFor,
  type ComplianceResult,
  type Finding,
  type Variant,
  type WhatsAppAnswers,
} from '@klarsicht/compliance-rules';
import type { ClientModel } from '@klarsicht/api-clients';
import { CONTENT_WIDTH, ReportPdf, type ReportHeader } from '../pdf/report-pdf';

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;

export type ReportAccount = {
  id: string;
  label: string;
  variant: Variant;
  answers: WhatsAppAnswers;
  answeredAt: Date | null;
  answeredByName: string | null;
  providerName: string | null;
};
export type ReportTask = { title: string; dueAt: Date | null; priority: string; overdue: boolean };
export type ReportDocument = { title: string; type: string; status: string; nextReviewAt: Date | null };
export type ReportAdvice = {
  subject: string;
  recommendation: string;
  recordedAt: Date;
  recordedByName: string | null;
  status: 'OPEN' | 'ACCEPTED' | 'DECLINED';
  overdue: boolean;
  acknowledgement: { comment: string; acknowledgedAt: Date; acknowledgedByName: string | null } | null;
};

export type ClientReportData = {
  client: ClientModel;
  compliance: ComplianceResult;
  accounts: readonly ReportAccount[];
  tasks: readonly ReportTask[];
  documents: readonly ReportDocument[];
  advice: readonly ReportAdvice[];
};

/** The client's compliance report (docs/reports.md § Client report): a few pages, buffered. */
export const renderClientReport = (header: ReportHeader, data: ClientReportData): ReportPdf => {
  const pdf = new ReportPdf(header);
  const { t } = pdf;
  const r = t.clientReport;
  const { client, compliance } = data;
  const lang = header.language;

  pdf.doc.font('Sans-Bold').fontSize(18).text(client.name, { width: CONTENT_WIDTH });
  pdf.doc.moveDown(0.3);
  pdf.heading(r.overview);
  const address = [client.street, [client.postalCode, client.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const overdue = data.tasks.filter((task) => task.overdue).length;
  const stats = client.consentStats;
  pdf.facts([
    [r.level, t.levels[compliance.level] ?? compliance.level],
    [r.score, `${compliance.score} / 100`],
    [r.address, address || '–'],
    [r.assignedDpo, client.assignedDpo?.name || '–'],
    [r.tasks, r.openOverdue(data.tasks.length, overdue)],
    [
      r.consents,
      [
        `${t.consentStatuses.CONFIRMED}: ${stats.confirmed}`,
        `${t.consentStatuses.PENDING}: ${stats.pending}`,
        `${t.consentStatuses.WITHDRAWN}: ${stats.withdrawn}`,
        `${t.consentStatuses.EXPIRED}: ${stats.expired}`,
      ].join(' · '),
    ],
  ]);

  const labels = new Map(data.accounts.map((a) => [a.id, a.label]));
  const open = compliance.findings.filter((f) => f.status === 'FAIL' || f.status === 'UNKNOWN');
  pdf.heading(r.findings);
  if (open.length === 0) pdf.paragraph(r.noFindings, { muted: true });
  for (const severity of SEVERITY_ORDER) {
    const group = open.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    pdf.subheading(`${t.severities[severity]} (${group.length})`);
    pdf.table(
      [
        { header: `${r.findings} · ${r.remediation}`, width: 300 },
        { header: r.legalReference, width: 110 },
        { header: r.account, width: CONTENT_WIDTH - 410 },
      ],
      group.map((f: Finding) => [
        `${f.ruleId} · ${t.findingStatuses[f.status] ?? f.status}\n${lang === 'de' ? f.titleDe : f.titleEn}\n${lang === 'de' ? f.remediationDe : f.remediationEn}`,
        f.legalReference,
        f.accountId ? (labels.get(f.accountId) ?? '') : r.clientWide,
      ]),
    );
  }

  pdf.heading(r.accounts);
  if (data.accounts.length === 0) pdf.paragraph(r.noAccounts, { muted: true });
  for (const account of data.accounts) {
    pdf.subheading(account.label);
    pdf.facts([
      [r.variant, t.variants[account.variant] ?? account.variant],
      [r.provider, account.providerName ?? '–'],
      [r.answeredBy, account.answeredByName ?? '–'],
      [r.answeredAt, pdf.formatDate(account.answeredAt)],
    ]);
    const answer = (value: boolean | null | undefined): string =>
      value === true ? t.yes : value === false ? t.no : t.unknown;
    pdf.table(
      [
        { header: r.question, width: CONTENT_WIDTH - 80 },
        { header: r.answer, width: 80 },
      ],
      questionsFor(account.variant, account.answers).map((q) => [
        lang === 'de' ? q.textDe : q.textEn,
        answer(account.answers[q.key]),
      ]),
    );
  }

  pdf.heading(r.tasks);
  if (data.tasks.length === 0) pdf.paragraph(r.noTasks, { muted: true });
  else
    pdf.table(
      [
        { header: r.task, width: CONTENT_WIDTH - 200 },
        { header: r.priority, width: 80 },
        { header: r.due, width: 120 },
      ],
      data.tasks.map((task) => [
        task.title,
        t.severities[task.priority] ?? task.priority,
        `${pdf.formatDate(task.dueAt, false)}${task.overdue ? ` (${r.overdue})` : ''}`,
      ]),
    );

  pdf.heading(r.documents);
  if (data.documents.length === 0) pdf.paragraph(r.noDocuments, { muted: true });
  else
    pdf.table(
      [
        { header: r.document, width: CONTENT_WIDTH - 290 },
        { header: r.type, width: 120 },
        { header: r.status, width: 85 },
        { header: r.nextReview, width: 85 },
      ],
      data.documents.map((d) => [
        d.title,
        t.documentTypes[d.type] ?? d.type,
        t.documentStatuses[d.status] ?? d.status,
        pdf.formatDate(d.nextReviewAt, false),
      ]),
    );

  pdf.heading(r.advice);
  if (data.advice.length === 0) pdf.paragraph(r.noAdvice, { muted: true });
  else
    pdf.table(
      [
        { header: r.adviceSubject, width: CONTENT_WIDTH - 260 },
        { header: r.adviceRecorded, width: 100 },
        { header: r.adviceAnswer, width: 160 },
      ],
      data.advice.map((a) => [
        `${a.subject}\n${a.recommendation}`,
        `${pdf.formatDate(a.recordedAt, false)}${a.recordedByName ? `\n${a.recordedByName}` : ''}`,
        a.acknowledgement
          ? `${a.status === 'ACCEPTED' ? r.adviceAccepted : r.adviceDeclined}, ${pdf.formatDate(a.acknowledgement.acknowledgedAt, false)}${a.acknowledgement.acknowledgedByName ? ` (${a.acknowledgement.acknowledgedByName})` : ''}${a.acknowledgement.comment ? `\n„${a.acknowledgement.comment}“` : ''}`
          : `${r.adviceOpen}${a.overdue ? ` (${r.overdue})` : ''}`,
      ]),
    );
  return pdf;
};
