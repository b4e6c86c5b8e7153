import type { ActionRow, RequestRow } from './data-subject-request.repository';
import type { RequestActionModel, DataSubjectRequestModel } from './models/data-subject-request.model';
import type { RequestType } from './requests.enums';

export const toRequestModel = (r: RequestRow): DataSubjectRequestModel => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  type: r.type,
  channel: r.channel,
  receivedAt: r.received_at,
  description: r.description,
  maskedPhoneNumber: r.phone_masked,
  sealedContact: r.contact_encrypted,
  identityStatus: r.identity_status,
  federalState: r.federal_state,
  periodEndOn: r.period_end_on,
  dueOn: r.due_on,
  dueAt: r.due_at,
  overdue: r.overdue,
  extensionMonths: r.extension_months,
  extensionReason: r.extension_reason,
  extendedAt: r.extended_at,
  status: r.status,
  respondedAt: r.responded_at,
  responseNote: r.response_note,
  createdAt: r.created_at,
});

export const toActionModel = (r: ActionRow): RequestActionModel => ({
  id: r.id,
  action: r.action,
  outcome: r.outcome,
  detail: r.detail,
  performedAt: r.performed_at,
});

/** The generated task that carries a request's due date: one per request. */
export const requestTaskKey = (requestId: string): string => `data-subject-request:${requestId}`;

const TITLES: Record<RequestType, string> = {
  ACCESS: 'Auskunft (Art. 15 DSGVO)',
  RECTIFICATION: 'Berichtigung (Art. 16 DSGVO)',
  ERASURE: 'Löschung (Art. 17 DSGVO)',
  RESTRICTION: 'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
  PORTABILITY: 'Datenübertragbarkeit (Art. 20 DSGVO)',
  OBJECTION: 'Widerspruch (Art. 21 DSGVO)',
  WITHDRAWAL: 'Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)',
};

export const requestTaskTitle = (type: RequestType): string =>
  `Betroffenenanfrage beantworten: ${TITLES[type]}`;

export const requestTaskDescription = (
  r: Pick<RequestRow, 'received_at' | 'due_on' | 'phone_masked'>,
): string =>
  [
    `Eingegangen am ${r.received_at.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })}` +
      (r.phone_masked ? ` (${r.phone_masked})` : '') +
      '.',
    `Frist: ${r.due_on.split('-').reverse().join('.')} (Art. 12 Abs. 3 DSGVO; Fristberechnung nach Art. 3 VO 1182/71).`,
  ].join(' ');
