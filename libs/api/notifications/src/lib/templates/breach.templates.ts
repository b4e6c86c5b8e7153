import { dateTimeText, text, type MailTemplate } from './mail-content';

/** data: breachId, clientId, title, clientName, deadline, hours (since awareness: 24 or 48). */
export const breachReminder: MailTemplate = (data, env) => {
  const url = `${env.baseUrl}/clients/${text(data, 'clientId')}?tab=breaches`;
  const title = text(data, 'title');
  const client = text(data, 'clientName');
  const hours = text(data, 'hours');
  const deadline = dateTimeText(data['deadline'], env.language);
  if (env.language === 'en')
    return {
      subject: `Breach not yet notified (${hours} h): ${title}`,
      paragraphs: [
        `The personal data breach “${title}” at ${client} became known ${hours} hours ago and has not been notified to the supervisory authority.`,
        `Art. 33(1) GDPR: the notification is due by ${deadline}. A later notification must give the reasons for the delay.`,
      ],
      action: { label: 'Open the breach register', url },
    };
  return {
    subject: `Datenpanne noch nicht gemeldet (${hours} Std.): ${title}`,
    paragraphs: [
      `Die Datenpanne „${title}“ bei ${client} ist seit ${hours} Stunden bekannt und noch nicht an die Aufsichtsbehörde gemeldet.`,
      `Art. 33 Abs. 1 DSGVO: Die Meldung ist bis ${deadline} fällig. Eine spätere Meldung muss die Gründe für die Verzögerung nennen.`,
    ],
    action: { label: 'Datenpannen öffnen', url },
  };
};
