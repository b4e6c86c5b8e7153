import { dateText, text, type MailTemplate } from './mail-content';

/** data: taskId, title, clientName, dueAt?, assignedBy. */
export const taskAssigned: MailTemplate = (data, env) => {
  const url = `${env.baseUrl}/tasks?task=${text(data, 'taskId')}`;
  const due = dateText(data['dueAt'], env.language);
  const title = text(data, 'title');
  const client = text(data, 'clientName');
  const by = text(data, 'assignedBy');
  if (env.language === 'en')
    return {
      subject: `Task for you: ${title}`,
      paragraphs: [
        `${by || 'Someone'} assigned you a task for ${client}: “${title}”.${due ? ` It is due on ${due}.` : ''}`,
      ],
      action: { label: 'Open the task', url },
    };
  return {
    subject: `Neue Aufgabe für Sie: ${title}`,
    paragraphs: [
      `${by || 'Jemand'} hat Ihnen eine Aufgabe für ${client} zugewiesen: „${title}“.${due ? ` Sie ist am ${due} fällig.` : ''}`,
    ],
    action: { label: 'Aufgabe öffnen', url },
  };
};
