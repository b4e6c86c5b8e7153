import { MAIL_TEMPLATES } from './catalogue';
import type { MailEnvironment } from './mail-content';
import { renderMail } from './render';

const env = (language: 'de' | 'en'): MailEnvironment => ({
  language,
  firmName: 'Kanzlei <Nord> & Partner',
  baseUrl: 'https://klarsicht.example',
  secret: 'TOKEN123',
});
const render = async (
  name: keyof typeof MAIL_TEMPLATES,
  data: Record<string, unknown>,
  language: 'de' | 'en',
) =>
  renderMail(MAIL_TEMPLATES[name](data, env(language)), {
    language,
    firmName: env(language).firmName,
    settingsUrl: 'https://klarsicht.example/settings/notifications',
  });

describe('mail templates', () => {
  it('render every template in German and English, HTML and text, with the firm and the settings link', async () => {
    const data = {
      role: 'DPO',
      inviterName: 'erika@kanzlei.example',
      clientName: 'Bäckerei Müller',
      expiresAt: '2026-12-21T10:00:00.000Z',
      name: 'Erika',
      taskId: 't-1',
      title: 'AV-Vertrag prüfen',
      dueAt: '2026-12-24T10:00:00.000Z',
      assignedBy: 'erika@kanzlei.example',
    };
    for (const name of Object.keys(MAIL_TEMPLATES) as (keyof typeof MAIL_TEMPLATES)[])
      for (const language of ['de', 'en'] as const) {
        const mail = await render(name, data, language);
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.html).toContain('Kanzlei &lt;Nord&gt; &amp; Partner');
        expect(mail.html).not.toContain('<Nord>');
        expect(mail.text).toContain('Kanzlei <Nord> & Partner');
        expect(mail.text).toContain(
          language === 'de'
            ? 'Benachrichtigungen einstellen: https://klarsicht.example/settings/notifications'
            : 'Notification settings: https://klarsicht.example/settings/notifications',
        );
        expect(mail.text).not.toContain('undefined');
      }
  });

  it('puts the link token only into the link', async () => {
    const invitation = await render(
      'invitation',
      { role: 'CLIENT_ADMIN', expiresAt: '2026-12-21T10:00:00Z' },
      'de',
    );
    expect(invitation.text).toContain('https://klarsicht.example/invitations/TOKEN123');
    expect(invitation.text).toContain('als Administrator:in des Mandanten');
    expect(invitation.text).toContain('21.12.2026');
    const reset = await render('password-reset', { name: 'Erika' }, 'en');
    expect(reset.subject).toBe('Reset your Klarsicht password');
    expect(reset.text).toContain('https://klarsicht.example/reset-password/TOKEN123');
    expect(reset.text).toContain('valid for 60 minutes');
  });
});
