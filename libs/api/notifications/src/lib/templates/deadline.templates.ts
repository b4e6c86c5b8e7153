import { dateText, text, type Language, type MailContent, type MailTemplate } from './mail-content';

/** How far a deadline is, in Europe/Berlin calendar days (-1: overdue). */
const when = (offsetDays: number, due: string, language: Language): string => {
  if (language === 'en') {
    if (offsetDays < 0) return `was due on ${due} and is overdue`;
    if (offsetDays === 0) return `is due today (${due})`;
    if (offsetDays === 1) return `is due tomorrow (${due})`;
    return `is due in ${offsetDays} days, on ${due}`;
  }
  if (offsetDays < 0) return `war am ${due} fällig und ist überfällig`;
  if (offsetDays === 0) return `ist heute fällig (${due})`;
  if (offsetDays === 1) return `ist morgen fällig (${due})`;
  return `ist in ${offsetDays} Tagen fällig, am ${due}`;
};

const offsetOf = (data: Record<string, unknown>): number =>
  typeof data['offsetDays'] === 'number' ? data['offsetDays'] : 0;

/** data: taskId, title, clientName, dueAt, offsetDays (-1: overdue). */
export const taskReminder: MailTemplate = (data, env) => {
  const url = `${env.baseUrl}/tasks?task=${text(data, 'taskId')}`;
  const title = text(data, 'title');
  const client = text(data, 'clientName');
  const offset = offsetOf(data);
  const due = when(offset, dateText(data['dueAt'], env.language), env.language);
  if (env.language === 'en')
    return {
      subject: offset < 0 ? `Overdue: ${title}` : `Reminder: ${title}`,
      paragraphs: [`Your task for ${client}, “${title}”, ${due}.`],
      action: { label: 'Open the task', url },
    };
  return {
    subject: offset < 0 ? `Überfällig: ${title}` : `Erinnerung: ${title}`,
    paragraphs: [`Ihre Aufgabe für ${client}, „${title}“, ${due}.`],
    action: { label: 'Aufgabe öffnen', url },
  };
};

/** data: documentId, clientId, title, clientName, dueAt, offsetDays (-1: overdue). */
export const reviewReminder: MailTemplate = (data, env) => {
  const url = `${env.baseUrl}/clients/${text(data, 'clientId')}`;
  const title = text(data, 'title');
  const client = text(data, 'clientName');
  const offset = offsetOf(data);
  const due = when(offset, dateText(data['dueAt'], env.language), env.language);
  if (env.language === 'en')
    return {
      subject: offset < 0 ? `Review overdue: ${title}` : `Review reminder: ${title}`,
      paragraphs: [`The review of “${title}” for ${client} ${due}.`],
      action: { label: 'Open the client', url },
    };
  return {
    subject: offset < 0 ? `Prüfung überfällig: ${title}` : `Erinnerung an die Prüfung: ${title}`,
    paragraphs: [`Die Prüfung von „${title}“ für ${client} ${due}.`],
    action: { label: 'Mandant öffnen', url },
  };
};

/** data: adviceId, clientId, title (the advice's subject), clientName, dueAt, offsetDays (negative: overdue). */
export const adviceReminder: MailTemplate = (data, env) => {
  const url = `${env.baseUrl}/clients/${text(data, 'clientId')}?tab=advice`;
  const title = text(data, 'title');
  const offset = offsetOf(data);
  const due = when(offset, dateText(data['dueAt'], env.language), env.language);
  if (env.language === 'en')
    return {
      subject: offset < 0 ? `Advice awaiting your answer: ${title}` : `Please answer the advice: ${title}`,
      paragraphs: [
        `Your data protection officer's advice “${title}” ${due}.`,
        'Please accept or decline it (with your reason) in Klarsicht; the reminders stop once you have answered.',
      ],
      action: { label: 'Open the advice', url },
    };
  return {
    subject:
      offset < 0 ? `Beratung wartet auf Ihre Antwort: ${title}` : `Bitte Beratung beantworten: ${title}`,
    paragraphs: [
      `Die Beratung Ihres Datenschutzbeauftragten „${title}“ ${due}.`,
      'Bitte nehmen Sie sie in Klarsicht an oder lehnen Sie sie mit Begründung ab; danach enden die Erinnerungen.',
    ],
    action: { label: 'Beratung öffnen', url },
  };
};

/** One digest line as the digest query returns it (digest.repository.ts). */
export type DigestLine = { title: string; clientName: string; at: string | null; count?: number };
export type DigestSection = { total: number; items: DigestLine[] };
export const DIGEST_KINDS = ['overdueTasks', 'dueTasks', 'dueReviews', 'staleOptIns'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

const TITLES: Record<Language, Record<DigestKind, string>> = {
  de: {
    overdueTasks: 'Überfällige Aufgaben',
    dueTasks: 'Aufgaben, fällig in den nächsten 7 Tagen',
    dueReviews: 'Dokumentprüfungen, fällig in den nächsten 30 Tagen',
    staleOptIns: 'Unbestätigte Einwilligungen (älter als 3 Tage)',
  },
  en: {
    overdueTasks: 'Overdue tasks',
    dueTasks: 'Tasks due within 7 days',
    dueReviews: 'Document reviews due within 30 days',
    staleOptIns: 'Unconfirmed opt-ins (older than 3 days)',
  },
};

const line = (kind: DigestKind, item: DigestLine, language: Language): string => {
  if (kind === 'staleOptIns')
    return language === 'en'
      ? `${item.clientName}: ${item.count ?? 0} pending since ${dateText(item.at, language)}`
      : `${item.clientName}: ${item.count ?? 0} offen seit ${dateText(item.at, language)}`;
  return `${dateText(item.at, language)} · ${item.title} (${item.clientName})`;
};

/** data: sections { overdueTasks, dueTasks, dueReviews, staleOptIns }: { total, items (at most 20) }, name. */
export const digest: MailTemplate = (data, env) => {
  const l = env.language;
  const given = (data['sections'] ?? {}) as Partial<Record<DigestKind, DigestSection>>;
  const sections: NonNullable<MailContent['sections']> = DIGEST_KINDS.flatMap((kind) => {
    const section = given[kind];
    if (!section || section.total === 0) return [];
    const rest = section.total - section.items.length;
    return [
      {
        title: `${TITLES[l][kind]} (${section.total})`,
        lines: section.items.map((item) => line(kind, item, l)),
        ...(rest > 0 ? { more: l === 'en' ? `and ${rest} more` : `und ${rest} weitere` } : {}),
      },
    ];
  });
  const name = text(data, 'name');
  if (l === 'en')
    return {
      subject: `Your Klarsicht digest for ${env.firmName}`,
      greeting: name ? `Hello ${name},` : 'Hello,',
      paragraphs: ['Here is what needs your attention today.'],
      action: { label: 'Open Klarsicht', url: `${env.baseUrl}/` },
      sections,
    };
  return {
    subject: `Ihre Klarsicht-Übersicht für ${env.firmName}`,
    greeting: name ? `Guten Tag ${name},` : 'Guten Tag,',
    paragraphs: ['Das steht heute für Sie an.'],
    action: { label: 'Klarsicht öffnen', url: `${env.baseUrl}/` },
    sections,
  };
};
