import type { ComplianceRule, RuleId } from './types';

export type CatalogueEntry = ComplianceRule & { id: RuleId };

/**
 * The rules over what the firm keeps for a client: consent records, documents, data subject requests, breaches,
 * the record of processing, consent texts and campaigns (docs/compliance-rules.md, in this order after the WhatsApp
 * rules of catalogue.ts).
 */
export const RECORD_RULES: CatalogueEntry[] = [
  {
    id: 'CONSENT-STALE-PENDING',
    severity: 'LOW',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Keine Opt-in-Anfragen länger als 30 Tage unbestätigt',
    titleEn: 'No opt-in requests left unconfirmed for more than 30 days',
    rationaleDe:
      'Beim Double-Opt-in gilt eine Einwilligung erst mit der Bestätigung als nachgewiesen (Art. 7 Abs. 1 DSGVO). Anfragen, die länger als 30 Tage unbestätigt bleiben, belegen keine Einwilligung: Diese Kontakte dürfen nicht angeschrieben werden, und ihre Daten werden ohne Zweck vorgehalten.',
    rationaleEn:
      'With double opt-in, consent is only demonstrated once it has been confirmed (Art. 7(1) GDPR). Requests left unconfirmed for more than 30 days prove no consent: these contacts must not be messaged, and their data is being kept without a purpose.',
    remediationDe:
      'Die seit mehr als 30 Tagen offenen Anfragen prüfen: die betroffenen Kontakte nicht anschreiben, die Anfragen verfallen lassen und nicht mehr benötigte Daten löschen. Den Opt-in-Ablauf auf Hürden prüfen, etwa Zustellung und Verständlichkeit der Bestätigungsnachricht.',
    remediationEn:
      'Review the requests open for more than 30 days: do not message these contacts, let the requests expire and delete data that is no longer needed. Check the opt-in flow for obstacles such as delivery and clarity of the confirmation message.',
    legalReference: 'Art. 7 Abs. 1 DSGVO',
  },
  {
    id: 'DOC-REVIEW-OVERDUE',
    severity: 'MEDIUM',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Dokumente fristgerecht überprüft',
    titleEn: 'Documents reviewed on schedule',
    rationaleDe:
      'Der Verantwortliche muss die Einhaltung der DSGVO nachweisen können (Art. 5 Abs. 2 DSGVO) und seine Maßnahmen erforderlichenfalls überprüfen und aktualisieren (Art. 24 Abs. 1 DSGVO). Dokumente, deren Prüftermin überschritten ist, bilden den aktuellen Stand möglicherweise nicht mehr ab und taugen nur eingeschränkt als Nachweis.',
    rationaleEn:
      'The controller must be able to demonstrate compliance with the GDPR (Art. 5(2) GDPR) and review and update its measures where necessary (Art. 24(1) GDPR). Documents past their review date may no longer reflect the current situation and are of limited value as proof.',
    remediationDe:
      'Die überfälligen Dokumente inhaltlich prüfen, bei Bedarf aktualisieren und als neue Version hochladen, erneut freigeben und den nächsten Prüftermin festlegen.',
    remediationEn:
      'Review the overdue documents, update them where needed and upload them as a new version, approve them again and set the next review date.',
    legalReference: 'Art. 5 Abs. 2, Art. 24 Abs. 1 DSGVO',
  },
  {
    id: 'DSR-OVERDUE',
    severity: 'HIGH',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Betroffenenanfragen fristgerecht beantwortet',
    titleEn: 'Data subject requests answered on time',
    rationaleDe:
      'Anfragen betroffener Personen (Art. 15 bis 22 DSGVO) sind unverzüglich, spätestens innerhalb eines Monats nach Eingang zu beantworten; die Frist kann nur mit Begründung und Unterrichtung der Person innerhalb des ersten Monats um höchstens zwei Monate verlängert werden (Art. 12 Abs. 3 DSGVO). Eine offene Anfrage nach Fristablauf verletzt die Rechte der Person und kann nach Art. 83 Abs. 5 lit. b DSGVO mit Bußgeld geahndet werden.',
    rationaleEn:
      "Requests of data subjects (Art. 15 to 22 GDPR) must be answered without undue delay and at the latest within one month of receipt; the period can be extended by at most two further months only with reasons given to the person within the first month (Art. 12(3) GDPR). A request still open after its deadline infringes the person's rights and can be fined under Art. 83(5)(b) GDPR.",
    remediationDe:
      'Die überfälligen Anfragen sofort beantworten (Auskunft erteilen, löschen, Widerspruch umsetzen oder begründet ablehnen), die Antwort mit Datum unter „Anfragen“ abschließen und der Person die Verzögerung erläutern. Eingang und Zuständigkeit so regeln, dass Anfragen künftig am Tag des Eingangs erfasst werden.',
    remediationEn:
      'Answer the overdue requests at once (give access, erase, act on the objection or refuse with reasons), close them under "Requests" with the date of the answer and explain the delay to the person. Arrange intake and responsibility so that requests are logged on the day they arrive.',
    legalReference: 'Art. 12 Abs. 3 DSGVO',
  },
  {
    id: 'BREACH-NOT-NOTIFIED',
    severity: 'CRITICAL',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Datenpannen binnen 72 Stunden gemeldet',
    titleEn: 'Personal data breaches notified within 72 hours',
    rationaleDe:
      'Eine Verletzung des Schutzes personenbezogener Daten, die voraussichtlich zu einem Risiko für die Betroffenen führt, ist der zuständigen Aufsichtsbehörde unverzüglich und möglichst binnen 72 Stunden nach Kenntnis zu melden; eine spätere Meldung ist zu begründen (Art. 33 Abs. 1 DSGVO). Bei hohem Risiko sind auch die Betroffenen zu benachrichtigen (Art. 34 DSGVO). Verstöße können nach Art. 83 Abs. 4 lit. a DSGVO mit Bußgeld geahndet werden.',
    rationaleEn:
      'A personal data breach likely to result in a risk to the people concerned must be notified to the competent supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of it; a later notification must give reasons (Art. 33(1) GDPR). Where the risk is high, the people must also be told (Art. 34 GDPR). Infringements can be fined under Art. 83(4)(a) GDPR.',
    remediationDe:
      'Die Datenpanne sofort mit dem Meldeentwurf bei der zuständigen Aufsichtsbehörde melden, die Gründe für die Verzögerung angeben, Datum und Aktenzeichen der Meldung unter „Datenpannen“ eintragen und bei hohem Risiko die Betroffenen benachrichtigen. Meldewege so festlegen, dass Pannen am Tag der Kenntnis erfasst werden.',
    remediationEn:
      'Notify the breach to the competent supervisory authority at once using the draft, give the reasons for the delay, enter the date and reference of the notification under "Breaches" and, for a high risk, tell the people concerned. Set up reporting so that breaches are logged on the day they become known.',
    legalReference: 'Art. 33 Abs. 1, Art. 34 DSGVO',
  },
  {
    id: 'PROC-TRANSFER-MECHANISM',
    severity: 'HIGH',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Drittlandübermittlungen im Verzeichnis abgesichert',
    titleEn: 'Third-country transfers in the record safeguarded',
    rationaleDe:
      'Personenbezogene Daten dürfen nur in ein Drittland außerhalb von EU und EWR übermittelt werden, wenn ein Angemessenheitsbeschluss besteht (für die USA die Zertifizierung des Empfängers nach dem EU-U.S. Data Privacy Framework) oder geeignete Garantien wie Standardvertragsklauseln vereinbart sind (Art. 44 ff. DSGVO). Das Verzeichnis muss die Übermittlung und die Garantie nennen (Art. 30 Abs. 1 lit. e DSGVO). Eine Verarbeitungstätigkeit mit einem Empfänger im Drittland ohne Übermittlungsgrundlage ist unzulässig.',
    rationaleEn:
      'Personal data may be transferred to a third country outside the EU and EEA only under an adequacy decision (for the USA, certification of the recipient under the EU-U.S. Data Privacy Framework) or with appropriate safeguards such as standard contractual clauses (Art. 44 et seq. GDPR). The record must name the transfer and the safeguard (Art. 30(1)(e) GDPR). A processing activity with a recipient in a third country and no transfer mechanism is unlawful.',
    remediationDe:
      'Für jeden Empfänger im Drittland die Übermittlung mit Land und Grundlage im Verzeichnis eintragen: Zertifizierung nach dem Data Privacy Framework prüfen, sonst Standardvertragsklauseln mit Transfer-Folgenabschätzung abschließen. Ist keine Grundlage möglich, den Empfänger wechseln oder die Übermittlung einstellen.',
    remediationEn:
      'For every recipient in a third country, record the transfer with its country and mechanism: check the Data Privacy Framework certification, otherwise conclude standard contractual clauses with a transfer impact assessment. If no mechanism is possible, change the recipient or stop the transfer.',
    legalReference: 'Art. 44 ff. DSGVO; Art. 30 Abs. 1 lit. e DSGVO',
  },
  {
    id: 'PROC-RETENTION',
    severity: 'MEDIUM',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Löschfristen für jede Verarbeitungstätigkeit festgelegt',
    titleEn: 'Erasure periods set for every processing activity',
    rationaleDe:
      'Personenbezogene Daten dürfen nur so lange gespeichert werden, wie es für die Zwecke erforderlich ist (Speicherbegrenzung, Art. 5 Abs. 1 lit. e DSGVO). Das Verzeichnis soll die vorgesehenen Fristen für die Löschung nennen (Art. 30 Abs. 1 lit. f DSGVO). Ohne festgelegte Frist werden Daten erfahrungsgemäß unbegrenzt aufbewahrt.',
    rationaleEn:
      'Personal data may be kept only as long as the purposes require (storage limitation, Art. 5(1)(e) GDPR). The record should state the envisaged time limits for erasure (Art. 30(1)(f) GDPR). Without a set period, data is in practice kept indefinitely.',
    remediationDe:
      'Für jede Verarbeitungstätigkeit die Löschfrist festlegen und eintragen, z. B. „Chats 6 Monate nach Abschluss der Anfrage; Handelsbriefe 6 Jahre (§ 257 HGB)“, und die Löschung organisatorisch oder technisch umsetzen.',
    remediationEn:
      'Set and record the erasure period of every processing activity, e.g. "chats 6 months after the enquiry is closed; commercial letters 6 years (§ 257 HGB)", and put the erasure into practice.',
    legalReference: 'Art. 5 Abs. 1 lit. e DSGVO; Art. 30 Abs. 1 lit. f DSGVO',
  },
  {
    id: 'CONSENT-TEXT',
    severity: 'HIGH',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Einwilligungstexte ohne schwere Mängel',
    titleEn: 'Consent texts without serious flaws',
    rationaleDe:
      'Eine Einwilligung ist nur wirksam, wenn sie für den bestimmten Fall, in informierter Weise und unmissverständlich erteilt wird (Art. 4 Nr. 11 DSGVO): Der Text muss den Verantwortlichen, den Kanal und jeden Zweck nennen, auf das jederzeitige Widerrufsrecht hinweisen (Art. 7 Abs. 3 DSGVO), von anderen Sachverhalten wie AGB klar getrennt sein (Art. 7 Abs. 2, 4 DSGVO) und Werbung gesondert erfragen (§ 7 Abs. 2 UWG). Ein Text mit einem solchen Mangel trägt keine der damit eingeholten Einwilligungen.',
    rationaleEn:
      'A consent is valid only if it is specific, informed and unambiguous (Art. 4(11) GDPR): the text must name the controller, the channel and every purpose, state the right to withdraw at any time (Art. 7(3) GDPR), be clearly separate from other matters such as terms of service (Art. 7(2), (4) GDPR) and ask for marketing separately (§ 7(2) UWG). A text with such a flaw supports none of the consents collected with it.',
    remediationDe:
      'Den Einwilligungstext anhand der Prüfhinweise überarbeiten und als neue Version veröffentlichen; bereits eingeholte Einwilligungen mit dem neuen Text erneut einholen.',
    remediationEn:
      'Revise the consent text following the review findings and publish it as a new version; ask again for the consents collected with the old text.',
    legalReference: 'Art. 4 Nr. 11, Art. 7 Abs. 2–4 DSGVO, § 7 Abs. 2 UWG',
  },
  {
    id: 'CAMPAIGN-ANSWERS',
    severity: 'MEDIUM',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Neue Anforderungen des Datenschutzbeauftragten beantwortet',
    titleEn: "The DPO's new requirements answered",
    rationaleDe:
      'Ändert eine Aufsichtsbehörde ihre Auffassung, muss der Verantwortliche seine Maßnahmen überprüfen und erforderlichenfalls aktualisieren (Art. 24 Abs. 1 DSGVO) und dies nachweisen können (Art. 5 Abs. 2 DSGVO). Der Datenschutzbeauftragte hat dazu neue Fragen gestellt; solange sie offen sind, ist der Stand unbekannt.',
    rationaleEn:
      'When a supervisory authority changes its view, the controller must review and where necessary update its measures (Art. 24(1) GDPR) and be able to show it (Art. 5(2) GDPR). The DPO has asked new questions about it; while they are open, the state is unknown.',
    remediationDe:
      'Die offenen Fragen der Kampagne beantworten und, wo die Antwort „nein“ lautet, die Maßnahme umsetzen und die Frage erneut beantworten.',
    remediationEn:
      'Answer the open questions of the campaign and, where the answer is "no", put the measure in place and answer again.',
    legalReference: 'Art. 5 Abs. 2, Art. 24 Abs. 1 DSGVO',
  },
];
