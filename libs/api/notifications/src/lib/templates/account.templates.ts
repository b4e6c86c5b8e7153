import { dateText, text, type MailTemplate } from './mail-content';

const ROLE = {
  de: {
    OWNER: 'Inhaber:in',
    DPO: 'Datenschutzbeauftragte:r',
    ASSISTANT: 'Assistenz',
    AUDITOR: 'Prüfer:in',
    CLIENT_ADMIN: 'Administrator:in des Mandanten',
    CLIENT_VIEWER: 'Leser:in des Mandanten',
  },
  en: {
    OWNER: 'owner',
    DPO: 'data protection officer',
    ASSISTANT: 'assistant',
    AUDITOR: 'auditor',
    CLIENT_ADMIN: 'client administrator',
    CLIENT_VIEWER: 'client viewer',
  },
} as const;

const role = (value: string, language: 'de' | 'en'): string =>
  (ROLE[language] as Record<string, string>)[value] ?? value;

/** data: role, inviterName, clientName?, expiresAt; secret: the invitation token. */
export const invitation: MailTemplate = (data, env) => {
  const url = `${env.baseUrl}/invitations/${env.secret ?? ''}`;
  const by = text(data, 'inviterName');
  const client = text(data, 'clientName');
  const expires = dateText(data['expiresAt'], env.language);
  if (env.language === 'en')
    return {
      subject: `Invitation to ${env.firmName} on Klarsicht`,
      greeting: 'Hello,',
      paragraphs: [
        `${by || env.firmName} invites you to join ${env.firmName} on Klarsicht as ${role(text(data, 'role'), 'en')}${client ? ` for ${client}` : ''}.`,
      ],
      action: { label: 'Accept the invitation', url },
      note: `The link is valid until ${expires} and works once. If you did not expect this invitation, ignore this message.`,
    };
  return {
    subject: `Einladung zu ${env.firmName} in Klarsicht`,
    greeting: 'Guten Tag,',
    paragraphs: [
      `${by || env.firmName} lädt Sie ein, ${env.firmName} in Klarsicht als ${role(text(data, 'role'), 'de')}${client ? ` für ${client}` : ''} beizutreten.`,
    ],
    action: { label: 'Einladung annehmen', url },
    note: `Der Link gilt bis ${expires} und nur einmal. Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht.`,
  };
};

/** data: name; secret: the reset token. */
export const passwordReset: MailTemplate = (data, env) => {
  const url = `${env.baseUrl}/reset-password/${env.secret ?? ''}`;
  const name = text(data, 'name');
  if (env.language === 'en')
    return {
      subject: 'Reset your Klarsicht password',
      greeting: name ? `Hello ${name},` : 'Hello,',
      paragraphs: ['Someone asked to reset the password of your Klarsicht account. Choose a new one here:'],
      action: { label: 'Set a new password', url },
      note: 'The link is valid for 60 minutes and works once. Setting a new password signs you out everywhere else. If you did not ask for this, ignore this message: your password stays as it is.',
    };
  return {
    subject: 'Klarsicht-Passwort zurücksetzen',
    greeting: name ? `Guten Tag ${name},` : 'Guten Tag,',
    paragraphs: ['Für Ihr Klarsicht-Konto wurde ein neues Passwort angefordert. Hier legen Sie es fest:'],
    action: { label: 'Neues Passwort festlegen', url },
    note: 'Der Link gilt 60 Minuten und nur einmal. Mit dem neuen Passwort werden Sie überall sonst abgemeldet. Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt, wie es ist.',
  };
};
