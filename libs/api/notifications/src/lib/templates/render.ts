import mjml2html from 'mjml';
import type { Language, MailContent } from './mail-content';

const FOOTER = {
  de: (firm: string) => `Diese Nachricht kommt von Klarsicht im Auftrag von ${firm}.`,
  en: (firm: string) => `This message comes from Klarsicht on behalf of ${firm}.`,
};
const SETTINGS = { de: 'Benachrichtigungen einstellen', en: 'Notification settings' };

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export type RenderedMail = { subject: string; html: string; text: string };

/**
 * One layout for every mail: the firm's name on top, the content, and a footer with the link to the recipient's
 * notification settings. HTML through MJML (responsive, tested in mail clients), and a plain-text part.
 */
export const renderMail = async (
  content: MailContent,
  options: { language: Language; firmName: string; settingsUrl: string },
): Promise<RenderedMail> => {
  const { language, firmName, settingsUrl } = options;
  const footer = FOOTER[language](firmName);
  const t = escapeHtml;
  const sections = (content.sections ?? [])
    .map(
      (
        section,
      ) => `<mj-text font-size="16px" font-weight="bold" padding-top="16px">${t(section.title)}</mj-text>
      <mj-text><ul style="margin:0;padding-left:20px">${section.lines.map((l) => `<li>${t(l)}</li>`).join('')}</ul>${
        section.more ? `<p>${t(section.more)}</p>` : ''
      }</mj-text>`,
    )
    .join('\n');
  const source = `<mjml lang="${language}">
  <mj-head>
    <mj-title>${t(content.subject)}</mj-title>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /><mj-text font-size="14px" line-height="1.5" color="#1a1b1e" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f1f3f5">
    <mj-section background-color="#1c7ed6"><mj-column><mj-text color="#ffffff" font-size="18px" font-weight="bold">${t(firmName)}</mj-text></mj-column></mj-section>
    <mj-section background-color="#ffffff"><mj-column>
      ${content.greeting ? `<mj-text>${t(content.greeting)}</mj-text>` : ''}
      ${content.paragraphs.map((p) => `<mj-text>${t(p)}</mj-text>`).join('\n')}
      ${content.action ? `<mj-button href="${t(content.action.url)}" background-color="#1c7ed6" align="left">${t(content.action.label)}</mj-button><mj-text font-size="12px" color="#495057">${t(content.action.url)}</mj-text>` : ''}
      ${content.note ? `<mj-text font-size="12px" color="#495057">${t(content.note)}</mj-text>` : ''}
      ${sections}
    </mj-column></mj-section>
    <mj-section><mj-column>
      <mj-text font-size="12px" color="#868e96">${t(footer)}<br /><a href="${t(settingsUrl)}">${t(SETTINGS[language])}</a></mj-text>
    </mj-column></mj-section>
  </mj-body>
</mjml>`;
  const result = await mjml2html(source, { validationLevel: 'strict' });
  if (result.errors.length > 0) throw new Error(`Mail template: ${result.errors[0]?.formattedMessage}`);
  const lines = [
    firmName,
    '',
    ...(content.greeting ? [content.greeting, ''] : []),
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.note ? [content.note, ''] : []),
    ...(content.sections ?? []).flatMap((s) => [
      s.title,
      ...s.lines.map((l) => `- ${l}`),
      ...(s.more ? [s.more] : []),
      '',
    ]),
    '--',
    footer,
    `${SETTINGS[language]}: ${settingsUrl}`,
  ];
  return { subject: content.subject, html: result.html, text: `${lines.join('\n')}\n` };
};
