import { dateText, dateTimeText, text, type Language } from '../templates/mail-content';

/** The kinds of in-app notification and their one-line titles (German and English). */
export const NOTIFICATION_TITLES: Record<
  string,
  (data: Record<string, unknown>, language: Language) => string
> = {
  task_assigned: (d, l) =>
    l === 'en'
      ? `Task assigned to you: ${text(d, 'title')} (${text(d, 'clientName')})`
      : `Ihnen zugewiesen: ${text(d, 'title')} (${text(d, 'clientName')})`,
  task_due: (d, l) =>
    l === 'en'
      ? `Task due ${dateText(d['dueAt'], l)}: ${text(d, 'title')} (${text(d, 'clientName')})`
      : `Aufgabe fällig am ${dateText(d['dueAt'], l)}: ${text(d, 'title')} (${text(d, 'clientName')})`,
  task_overdue: (d, l) =>
    l === 'en'
      ? `Task overdue: ${text(d, 'title')} (${text(d, 'clientName')})`
      : `Aufgabe überfällig: ${text(d, 'title')} (${text(d, 'clientName')})`,
  review_due: (d, l) =>
    l === 'en'
      ? `Review due ${dateText(d['dueAt'], l)}: ${text(d, 'title')} (${text(d, 'clientName')})`
      : `Prüfung fällig am ${dateText(d['dueAt'], l)}: ${text(d, 'title')} (${text(d, 'clientName')})`,
  review_overdue: (d, l) =>
    l === 'en'
      ? `Review overdue: ${text(d, 'title')} (${text(d, 'clientName')})`
      : `Prüfung überfällig: ${text(d, 'title')} (${text(d, 'clientName')})`,
  breach_reminder: (d, l) =>
    l === 'en'
      ? `Breach not yet notified, due ${dateTimeText(d['deadline'], l)}: ${text(d, 'title')} (${text(d, 'clientName')})`
      : `Datenpanne noch nicht gemeldet, fällig ${dateTimeText(d['deadline'], l)}: ${text(d, 'title')} (${text(d, 'clientName')})`,
  advice_due: (d, l) =>
    l === 'en'
      ? `Advice to answer by ${dateText(d['dueAt'], l)}: ${text(d, 'title')}`
      : `Beratung bis ${dateText(d['dueAt'], l)} beantworten: ${text(d, 'title')}`,
  advice_overdue: (d, l) =>
    l === 'en'
      ? `Advice still awaiting your answer: ${text(d, 'title')}`
      : `Beratung wartet noch auf Ihre Antwort: ${text(d, 'title')}`,
};

export const notificationTitle = (kind: string, data: Record<string, unknown>, language: Language): string =>
  NOTIFICATION_TITLES[kind]?.(data, language) ?? kind;

/** The web path a notification opens. */
export const notificationLink = (
  entityType: string | null,
  entityId: string | null,
  clientId: string | null,
): string => {
  if (entityType === 'task' && entityId) return `/tasks?task=${entityId}`;
  if (entityType === 'document' && clientId) return `/clients/${clientId}?tab=documents`;
  if (entityType === 'breach' && clientId) return `/clients/${clientId}?tab=breaches`;
  if (entityType === 'advice' && clientId) return `/clients/${clientId}?tab=advice`;
  return clientId ? `/clients/${clientId}` : '/';
};
