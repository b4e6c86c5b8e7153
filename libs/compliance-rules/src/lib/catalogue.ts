import { RECORD_RULES, type CatalogueEntry } from './catalogue-records';
import type { ComplianceRule } from './types';

// The WhatsApp rules per account and client; then those over what the firm records (catalogue-records.ts).
const WHATSAPP_RULES: CatalogueEntry[] = [
  {
    id: 'WA-PRIVATE-APP',
    severity: 'CRITICAL',
    variants: ['PRIVATE_APP'],
    scope: 'ACCOUNT',
    titleDe: 'Keine geschäftliche Nutzung der privaten WhatsApp-App',
    titleEn: 'Private WhatsApp app not used for business',
    rationaleDe:
      'Die private WhatsApp-App ist für die geschäftliche Kommunikation ungeeignet. Sie gleicht fortlaufend das gesamte Adressbuch mit Servern von WhatsApp (Meta) in den USA ab, ohne dass dafür eine Rechtsgrundlage nach Art. 6 DSGVO besteht, und die Nutzungsbedingungen von WhatsApp untersagen die nicht-private Nutzung. Die Ausnahme für rein persönliche oder familiäre Tätigkeiten (Art. 2 Abs. 2 lit. c DSGVO) greift bei geschäftlicher Nutzung nicht; es drohen Abmahnungen durch Mitbewerber, Maßnahmen der Aufsichtsbehörde und die Sperrung des Kontos.',
    rationaleEn:
      "The private WhatsApp app is unsuitable for business communication. It continuously matches the entire address book against WhatsApp (Meta) servers in the USA without a legal basis under Art. 6 GDPR, and WhatsApp's terms of service prohibit non-private use. The exemption for purely personal or household activities (Art. 2(2)(c) GDPR) does not apply to business use; the company risks cease-and-desist letters from competitors, action by the supervisory authority and suspension of the account.",
    remediationDe:
      'Geschäftliche Kommunikation aus der privaten App herauslösen: auf die WhatsApp Business Platform über einen Business Solution Provider (empfohlen) oder auf die WhatsApp Business App auf einem ausschließlich dienstlich genutzten Gerät umstellen, Kunden über den neuen Kontaktweg informieren und geschäftliche Chats in der privaten App beenden. Ist WhatsApp als Kanal verzichtbar, auf einen datenschutzfreundlichen Messenger ausweichen.',
    remediationEn:
      'Move business communication out of the private app: switch to the WhatsApp Business Platform via a Business Solution Provider (recommended) or to the WhatsApp Business app on a device used exclusively for business, tell customers about the new channel and stop business chats in the private app. If WhatsApp is not essential, switch to a privacy-friendly messenger.',
    legalReference: 'Art. 6 DSGVO; Nutzungsbedingungen von WhatsApp',
  },
  {
    id: 'WA-CONTACT-SYNC',
    severity: 'CRITICAL',
    variants: ['PRIVATE_APP', 'BUSINESS_APP'],
    scope: 'ACCOUNT',
    titleDe: 'Adressbuchzugriff und Kontaktsynchronisation deaktiviert',
    titleEn: 'Address book access and contact sync disabled',
    rationaleDe:
      'Mit Zugriff auf das Adressbuch übermittelt WhatsApp regelmäßig Telefonnummern und Namen aller gespeicherten Kontakte an Server in den USA – auch von Personen, die WhatsApp gar nicht nutzen. Dafür fehlt eine Rechtsgrundlage nach Art. 6 DSGVO. Das AG Bad Hersfeld hat diese Datenweitergabe ohne vorherige Einwilligung jedes einzelnen Kontakts als Rechtsverletzung gewertet, die Abmahnungen und Unterlassungsansprüche auslösen kann (bestätigt mit Beschl. v. 15.05.2017 – F 120/17 EASO).',
    rationaleEn:
      'With access to the address book, WhatsApp regularly uploads the phone numbers and names of all stored contacts to servers in the USA – including people who do not use WhatsApp at all. There is no legal basis for this under Art. 6 GDPR. The Local Court of Bad Hersfeld held that this transfer without the prior consent of every single contact is unlawful and can give rise to cease-and-desist claims (confirmed by its decision of 15 May 2017 – F 120/17 EASO).',
    remediationDe:
      'WhatsApp in den Systemeinstellungen des Geräts den Zugriff auf die Kontakte entziehen (iOS: Einstellungen › Datenschutz & Sicherheit › Kontakte › WhatsApp; Android: Einstellungen › Apps › WhatsApp › Berechtigungen › Kontakte › Nicht zulassen), die Einstellung mit einem Screenshot dokumentieren und nach jedem App- oder Betriebssystem-Update erneut prüfen.',
    remediationEn:
      "Revoke WhatsApp's access to contacts in the device settings (iOS: Settings › Privacy & Security › Contacts › WhatsApp; Android: Settings › Apps › WhatsApp › Permissions › Contacts › Don't allow), document the setting with a screenshot and check it again after every app or operating-system update.",
    legalReference: 'Art. 6 DSGVO; AG Bad Hersfeld, Beschl. v. 20.03.2017 – F 111/17 EASO',
  },
  {
    id: 'WA-ADDRESS-BOOK',
    severity: 'HIGH',
    variants: ['BUSINESS_APP'],
    scope: 'ACCOUNT',
    titleDe: 'Adressbuch enthält nur einwilligende WhatsApp-Kontakte',
    titleEn: 'Address book holds only consenting WhatsApp contacts',
    rationaleDe:
      'Auch die WhatsApp Business App greift auf das Adressbuch des Geräts zu. Sind dort Personen gespeichert, die nicht in die Kommunikation über WhatsApp eingewilligt haben – etwa Lieferanten, Beschäftigte oder private Kontakte –, werden ihre Daten ohne Rechtsgrundlage nach Art. 6 DSGVO an WhatsApp übermittelt.',
    rationaleEn:
      'The WhatsApp Business app also accesses the device address book. If it holds people who have not consented to communication via WhatsApp – suppliers, employees or private contacts, for example – their data is transferred to WhatsApp without a legal basis under Art. 6 GDPR.',
    remediationDe:
      'Das Adressbuch des Geschäftsgeräts bereinigen: nur Kunden speichern, die WhatsApp nutzen und nachweislich in die Kommunikation über WhatsApp eingewilligt haben; alle übrigen Kontakte löschen oder in ein System ohne WhatsApp-Zugriff (z. B. das CRM) verlagern. Neue Kontakte erst nach dokumentierter Einwilligung anlegen und den Bestand regelmäßig mit den Einwilligungsnachweisen abgleichen.',
    remediationEn:
      'Clean up the business device address book: keep only customers who use WhatsApp and have demonstrably consented to communication via WhatsApp; delete all other contacts or move them to a system WhatsApp cannot access (such as the CRM). Add new contacts only after documented consent and reconcile the address book with the consent records regularly.',
    legalReference: 'Art. 6 DSGVO',
  },
  {
    id: 'WA-IMPRINT',
    severity: 'HIGH',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Impressum im WhatsApp-Unternehmensprofil',
    titleEn: 'Imprint in the WhatsApp business profile',
    rationaleDe:
      'Geschäftsmäßig genutzte Profile in sozialen Netzwerken und Messengern unterliegen wie eine Website der Impressumspflicht nach § 5 DDG. Die Pflichtangaben müssen leicht erkennbar, unmittelbar erreichbar und ständig verfügbar sein. Ein fehlendes oder unvollständiges Impressum ist ein häufiger Abmahngrund und bußgeldbewehrt.',
    rationaleEn:
      'Profiles used for business on social networks and messengers are subject to the imprint obligation of § 5 DDG (German Digital Services Act), just like a website. The mandatory information must be easily recognisable, directly accessible and permanently available. A missing or incomplete imprint is a frequent ground for cease-and-desist letters and can be fined.',
    remediationDe:
      'Im Unternehmensprofil (Beschreibung oder Website-Feld) die Pflichtangaben nach § 5 DDG hinterlegen oder direkt auf das Impressum der Website verlinken, erkennbar als „Impressum“ bezeichnet: Name und Rechtsform, ladungsfähige Anschrift, Vertretungsberechtigte, E-Mail-Adresse und Telefonnummer sowie – soweit vorhanden – Registereintrag und USt-IdNr.',
    remediationEn:
      'Add the mandatory information under § 5 DDG to the business profile (description or website field), or link directly to the website imprint with a link clearly labelled "Impressum": name and legal form, postal address for service, authorised representatives, e-mail address and phone number and, where applicable, commercial register entry and VAT ID.',
    legalReference: '§ 5 DDG',
  },
  {
    id: 'WA-PRIVACY-NOTICE',
    severity: 'HIGH',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Datenschutzhinweise informieren über die Nutzung von WhatsApp',
    titleEn: 'Privacy notice covers the use of WhatsApp',
    rationaleDe:
      'Wer personenbezogene Daten über WhatsApp verarbeitet, muss die Betroffenen nach Art. 13 und 14 DSGVO darüber informieren: Zwecke und Rechtsgrundlage, Empfänger (WhatsApp bzw. Meta, ggf. Business Solution Provider), Übermittlung in die USA, Speicherdauer und Betroffenenrechte. Fehlen diese Angaben, ist die Verarbeitung intransparent und die Informationspflicht verletzt.',
    rationaleEn:
      'Anyone processing personal data via WhatsApp must inform the data subjects under Art. 13 and 14 GDPR: purposes and legal basis, recipients (WhatsApp/Meta and, where used, the Business Solution Provider), transfer to the USA, retention period and data subject rights. Without this information the processing is not transparent and the duty to inform is breached.',
    remediationDe:
      'Die Datenschutzerklärung um einen Abschnitt zu WhatsApp ergänzen: verarbeitete Daten (Telefonnummer, Profilname, Nachrichteninhalte, Metadaten), Zwecke und Rechtsgrundlagen, Empfänger und Auftragsverarbeiter, Drittlandübermittlung mit der zugrunde liegenden Garantie, Speicherdauer sowie Widerrufs- und Betroffenenrechte. Die Hinweise vor dem ersten Kontakt bereitstellen, z. B. neben dem WhatsApp-Button auf der Website und in der ersten Nachricht.',
    remediationEn:
      'Add a WhatsApp section to the privacy notice: data processed (phone number, profile name, message content, metadata), purposes and legal bases, recipients and processors, third-country transfer with the safeguard relied on, retention period, and the rights of withdrawal and of data subjects. Provide the notice before the first contact, for example next to the WhatsApp button on the website and in the first message.',
    legalReference: 'Art. 13, 14 DSGVO',
  },
  {
    id: 'WA-PRIVACY-LINK',
    severity: 'MEDIUM',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Unternehmensprofil verlinkt die Datenschutzhinweise',
    titleEn: 'Business profile links the privacy notice',
    rationaleDe:
      'Die Informationen nach Art. 13 DSGVO müssen zum Zeitpunkt der Erhebung vorliegen und nach Art. 12 DSGVO leicht zugänglich sein. Wer ein Unternehmen direkt in WhatsApp anschreibt, sieht zunächst nur dessen Profil; ohne Link dort erreicht er die Datenschutzhinweise nicht rechtzeitig.',
    rationaleEn:
      'The information under Art. 13 GDPR must be available at the time of collection and, under Art. 12 GDPR, easily accessible. A customer who messages a company directly in WhatsApp first sees only its profile; without a link there, the privacy notice is not reached in time.',
    remediationDe:
      'Im Unternehmensprofil einen direkten Link auf die Datenschutzhinweise zu WhatsApp hinterlegen (Website-Feld oder Profilbeschreibung) und den Link zusätzlich in die automatische Begrüßungsnachricht aufnehmen.',
    remediationEn:
      'Add a direct link to the WhatsApp privacy notice to the business profile (website field or description) and include the link in the automatic greeting message as well.',
    legalReference: 'Art. 12, 13 DSGVO',
  },
  {
    id: 'WA-DOUBLE-OPT-IN',
    severity: 'HIGH',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Einwilligung per dokumentiertem Double-Opt-in',
    titleEn: 'Consent by documented double opt-in',
    rationaleDe:
      'Die Kontaktaufnahme über WhatsApp erfordert eine ausdrückliche Einwilligung der Kunden (Art. 6 Abs. 1 lit. a DSGVO), die das Unternehmen nach Art. 7 Abs. 1 DSGVO nachweisen muss. Als belastbarer Nachweis gilt ein Double-Opt-in, das den Zeitpunkt von Anfrage und Bestätigung, den angezeigten Einwilligungstext und die Quelle protokolliert.',
    rationaleEn:
      'Contacting customers via WhatsApp requires their explicit consent (Art. 6(1)(a) GDPR), which the company must be able to demonstrate under Art. 7(1) GDPR. Reliable proof is a double opt-in that records the time of request and confirmation, the consent text shown and the source.',
    remediationDe:
      'Vor der ersten Nachricht ein Double-Opt-in einrichten: Einwilligung über Formular, QR-Code oder erste Kundennachricht einholen, per Bestätigungslink oder Bestätigungsnachricht verifizieren und Zeitpunkt, Quelle, Einwilligungstext und Bestätigung nachweisbar speichern (z. B. in der Einwilligungsverwaltung von Klarsicht). Kontakte ohne Nachweis erst nach nachgeholter Einwilligung anschreiben.',
    remediationEn:
      "Set up a double opt-in before the first message: collect consent through a form, a QR code or the customer's first message, verify it with a confirmation link or confirmation message, and store time, source, consent text and confirmation as proof (for example in Klarsicht's consent records). Contact people without proof only after consent has been obtained.",
    legalReference: 'Art. 6 Abs. 1 lit. a, Art. 7 Abs. 1 DSGVO',
  },
  {
    id: 'WA-MARKETING-CONSENT',
    severity: 'CRITICAL',
    variants: ['BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Gesonderte Einwilligung für Werbung und Newsletter',
    titleEn: 'Separate consent for marketing and newsletters',
    rationaleDe:
      'Werbung über WhatsApp – Newsletter, Angebote, Aktionen – ist Werbung mit elektronischer Post und ohne vorherige ausdrückliche Einwilligung des Empfängers eine unzumutbare Belästigung (§ 7 Abs. 2 UWG); zugleich fehlt die Rechtsgrundlage nach Art. 6 DSGVO. Eine Einwilligung in die Kommunikation zu Service und Bestellungen deckt Werbung nicht ab. Es drohen Abmahnungen durch Mitbewerber und Verbraucherverbände, Unterlassungsansprüche und Bußgelder.',
    rationaleEn:
      "Marketing via WhatsApp – newsletters, offers, promotions – is advertising by electronic mail and, without the recipient's prior express consent, an unacceptable nuisance (§ 7(2) UWG, German Unfair Competition Act); there is also no legal basis under Art. 6 GDPR. Consent to service or order communication does not cover marketing. The company risks cease-and-desist letters from competitors and consumer associations, injunctions and fines.",
    remediationDe:
      'Werbenachrichten nur noch an Empfänger senden, die ausdrücklich und gesondert in Werbung über WhatsApp eingewilligt haben (aktives Ankreuzen, kein vorausgewähltes Kästchen, nicht an die Service-Einwilligung oder einen Vertragsschluss gekoppelt). Die Einwilligung per Double-Opt-in bestätigen lassen, den Nachweis speichern und in jeder Werbenachricht auf die jederzeitige Abmeldung hinweisen (z. B. Antwort „STOP“). Bis dahin den Werbeversand einstellen.',
    remediationEn:
      'Send marketing messages only to recipients who have expressly and separately consented to marketing via WhatsApp (active tick, no pre-ticked box, not tied to service consent or to a contract). Have the consent confirmed by double opt-in, store the proof and state in every marketing message how to unsubscribe at any time (for example by replying "STOP"). Stop marketing messages until then.',
    legalReference: '§ 7 Abs. 2 UWG; Art. 6 DSGVO',
  },
  {
    id: 'WA-BSP-CHOSEN',
    severity: 'HIGH',
    variants: ['BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Business Solution Provider erfasst',
    titleEn: 'Business Solution Provider recorded',
    rationaleDe:
      'Die WhatsApp Business Platform wird über einen Business Solution Provider (BSP) angebunden, der die Nachrichten im Auftrag des Unternehmens verarbeitet. Ohne erfassten Anbieter lassen sich weder Auftragsverarbeitungsvertrag noch Serverstandort und Drittlandübermittlung prüfen; die sorgfältige Auswahl des Auftragsverarbeiters nach Art. 28 Abs. 1 DSGVO ist nicht belegt.',
    rationaleEn:
      'The WhatsApp Business Platform is connected through a Business Solution Provider (BSP) that processes the messages on behalf of the company. Without a recorded provider, neither the data processing agreement nor the server location and third-country transfers can be checked, and the careful choice of processor required by Art. 28(1) GDPR is not documented.',
    remediationDe:
      'Den eingesetzten Business Solution Provider im BSP-Katalog mit Hosting-Region und Übermittlungsmechanismus erfassen und diesem Konto zuordnen. Bei der Auswahl eines Anbieters auf Hosting in der EU, einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO und dokumentierte technische und organisatorische Maßnahmen achten.',
    remediationEn:
      'Record the Business Solution Provider in use in the BSP catalogue with its hosting region and transfer mechanism, and assign it to this account. When choosing a provider, look for hosting in the EU, a data processing agreement under Art. 28 GDPR and documented technical and organisational measures.',
    legalReference: 'Art. 28 DSGVO',
  },
  {
    id: 'WA-BSP-DPA',
    severity: 'HIGH',
    variants: ['BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Auftragsverarbeitungsvertrag mit dem Business Solution Provider',
    titleEn: 'Data processing agreement with the Business Solution Provider',
    rationaleDe:
      'Der Business Solution Provider verarbeitet Kundendaten im Auftrag des Unternehmens. Art. 28 Abs. 3 DSGVO verlangt dafür einen Vertrag zur Auftragsverarbeitung mit den gesetzlichen Mindestinhalten. Fehlt er, ist die Weitergabe der Daten an den Anbieter nicht gedeckt; der Verstoß ist nach Art. 83 Abs. 4 DSGVO bußgeldbewehrt.',
    rationaleEn:
      'The Business Solution Provider processes customer data on behalf of the company. Art. 28(3) GDPR requires a data processing agreement with the statutory minimum content. Without it, disclosing the data to the provider is not covered, and the breach can be fined under Art. 83(4) GDPR.',
    remediationDe:
      'Mit dem Business Solution Provider einen Auftragsverarbeitungsvertrag nach Art. 28 Abs. 3 DSGVO abschließen (oft im Kundenportal des Anbieters abrufbar), ihn auf die Mindestinhalte, die Liste der Unterauftragsverarbeiter (einschließlich Meta) und die technischen und organisatorischen Maßnahmen prüfen und den unterzeichneten Vertrag als Dokument vom Typ „Auftragsverarbeitungsvertrag“ ablegen.',
    remediationEn:
      'Conclude a data processing agreement under Art. 28(3) GDPR with the Business Solution Provider (often available in the provider\'s customer portal), check it for the minimum content, the list of sub-processors (including Meta) and the technical and organisational measures, and file the signed agreement as a document of type "DPA".',
    legalReference: 'Art. 28 Abs. 3 DSGVO',
  },
  {
    id: 'WA-BSP-TRANSFER',
    severity: 'HIGH',
    variants: ['BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Drittlandübermittlung durch den Business Solution Provider abgesichert',
    titleEn: 'Third-country transfer by the Business Solution Provider safeguarded',
    rationaleDe:
      'Verarbeitet der Business Solution Provider Daten außerhalb von EU und EWR, ist die Übermittlung nach Art. 44 ff. DSGVO nur zulässig, wenn ein Angemessenheitsbeschluss besteht – für die USA die Zertifizierung des Empfängers nach dem EU-U.S. Data Privacy Framework – oder geeignete Garantien wie Standardvertragsklauseln vereinbart sind.',
    rationaleEn:
      'If the Business Solution Provider processes data outside the EU and EEA, the transfer is lawful under Art. 44 et seq. GDPR only where an adequacy decision applies – for the USA, certification of the recipient under the EU-U.S. Data Privacy Framework – or appropriate safeguards such as standard contractual clauses are in place.',
    remediationDe:
      'Beim Anbieter Serverstandort und Übermittlungsgrundlage erfragen und im BSP-Katalog erfassen. Fehlt eine Grundlage: Hosting in der EU vereinbaren, Standardvertragsklauseln samt Transfer-Folgenabschätzung abschließen, die Zertifizierung nach dem Data Privacy Framework in der Liste des US-Handelsministeriums prüfen oder zu einem Anbieter mit Hosting in der EU wechseln.',
    remediationEn:
      "Ask the provider for the server location and the transfer mechanism and record them in the BSP catalogue. If there is none: agree on hosting in the EU, conclude standard contractual clauses with a transfer impact assessment, verify the provider's Data Privacy Framework certification on the U.S. Department of Commerce list, or switch to a provider hosting in the EU.",
    legalReference: 'Art. 44 ff. DSGVO',
  },
  {
    id: 'WA-DEDICATED-DEVICE',
    severity: 'MEDIUM',
    variants: ['BUSINESS_APP'],
    scope: 'ACCOUNT',
    titleDe: 'Eigenes Dienstgerät für die WhatsApp Business App',
    titleEn: 'Dedicated business device for the WhatsApp Business app',
    rationaleDe:
      'Läuft die WhatsApp Business App auf einem Gerät, das auch privat oder von mehreren Personen genutzt wird, vermischen sich private und geschäftliche Kontakte im Adressbuch, und Kundenchats werden Unbefugten zugänglich. Art. 32 DSGVO verlangt geeignete technische und organisatorische Maßnahmen, um die Vertraulichkeit der Kundendaten zu gewährleisten.',
    rationaleEn:
      'If the WhatsApp Business app runs on a device that is also used privately or shared by several people, private and business contacts mix in the address book and customer chats become accessible to unauthorised persons. Art. 32 GDPR requires appropriate technical and organisational measures to keep customer data confidential.',
    remediationDe:
      'Die WhatsApp Business App auf einem ausschließlich dienstlich genutzten Gerät betreiben, das einer verantwortlichen Person zugeordnet ist: mit Displaysperre, aktuellem Betriebssystem, verschlüsselten Backups und ohne private Apps und Kontakte; soweit vorhanden, über ein Mobile-Device-Management verwalten. Vertretungsregelungen und Zugriffsberechtigte schriftlich festlegen.',
    remediationEn:
      'Run the WhatsApp Business app on a device used exclusively for business and assigned to one responsible person: with screen lock, up-to-date operating system, encrypted backups and no private apps or contacts; manage it through mobile device management where available. Put deputy arrangements and authorised users in writing.',
    legalReference: 'Art. 32 DSGVO',
  },
  {
    id: 'WA-PROCESSING-RECORD',
    severity: 'MEDIUM',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Verzeichnis von Verarbeitungstätigkeiten erfasst WhatsApp',
    titleEn: 'Record of processing activities covers WhatsApp',
    rationaleDe:
      'Nach Art. 30 DSGVO ist jede Verarbeitungstätigkeit im Verzeichnis von Verarbeitungstätigkeiten zu beschreiben. Die Kundenkommunikation über WhatsApp ist eine eigene Verarbeitungstätigkeit mit Drittlandbezug und muss mit Zwecken, Datenkategorien, Empfängern, Löschfristen und Schutzmaßnahmen aufgenommen sein. Das Verzeichnis ist der Aufsichtsbehörde auf Anfrage vorzulegen.',
    rationaleEn:
      'Under Art. 30 GDPR every processing activity must be described in the record of processing activities. Customer communication via WhatsApp is a processing activity of its own involving a third country and must be recorded with purposes, data categories, recipients, erasure periods and safeguards. The record must be made available to the supervisory authority on request.',
    remediationDe:
      'Die Verarbeitungstätigkeit „Kundenkommunikation über WhatsApp“ in das Verzeichnis aufnehmen (Zwecke, Kategorien betroffener Personen und Daten, Empfänger einschließlich Meta und Business Solution Provider, Drittlandübermittlung, Löschfristen, technische und organisatorische Maßnahmen) und freigeben: im Verzeichnis von Klarsicht (etwa mit der Vorlage „WhatsApp Business Platform über einen Business Solution Provider“) oder als hochgeladenes Dokument vom Typ „Verzeichnis von Verarbeitungstätigkeiten“.',
    remediationEn:
      'Add the processing activity "Customer communication via WhatsApp" to the record (purposes, categories of data subjects and data, recipients including Meta and the Business Solution Provider, third-country transfers, erasure periods, technical and organisational measures), and approve it: in Klarsicht\'s record (for example from the template "WhatsApp Business Platform via a provider") or as an uploaded document of type "Record of processing activities".',
    legalReference: 'Art. 30 DSGVO',
  },
  {
    id: 'WA-DPIA',
    severity: 'MEDIUM',
    variants: ['BUSINESS_PLATFORM'],
    scope: 'CLIENT',
    titleDe: 'Risikobewertung und Datenschutz-Folgenabschätzung dokumentiert',
    titleEn: 'Risk assessment and data protection impact assessment documented',
    rationaleDe:
      'Über die WhatsApp Business Platform werden Kundendaten in größerem Umfang verarbeitet, oft mit CRM-Anbindung und Automatisierung und über einen Dienstleister mit möglicher Drittlandübermittlung. Die Risiken sind daher zu bewerten und zu dokumentieren; ist ein hohes Risiko wahrscheinlich, ist eine Datenschutz-Folgenabschätzung nach Art. 35 DSGVO Pflicht.',
    rationaleEn:
      'The WhatsApp Business Platform processes customer data on a larger scale, often with CRM integration and automation, and through a service provider with possible third-country transfers. The risks must therefore be assessed and documented; where a high risk is likely, a data protection impact assessment under Art. 35 GDPR is mandatory.',
    remediationDe:
      'Eine Schwellwertanalyse durchführen und dokumentieren; ergibt sie ein voraussichtlich hohes Risiko, eine Datenschutz-Folgenabschätzung nach Art. 35 Abs. 7 DSGVO erstellen (systematische Beschreibung, Notwendigkeit und Verhältnismäßigkeit, Risiken, Abhilfemaßnahmen). Das Ergebnis als Dokument vom Typ „Datenschutz-Folgenabschätzung“ hochladen und freigeben.',
    remediationEn:
      'Carry out and document a threshold assessment; if it indicates a likely high risk, prepare a data protection impact assessment under Art. 35(7) GDPR (systematic description, necessity and proportionality, risks, mitigating measures). Upload the result as a document of type "DPIA" and approve it.',
    legalReference: 'Art. 35 DSGVO',
  },
  {
    id: 'WA-ACCOUNT-DELETION',
    severity: 'LOW',
    variants: ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'],
    scope: 'ACCOUNT',
    titleDe: 'Prozess zur vollständigen Löschung des Kontos',
    titleEn: 'Process for deleting the account completely',
    rationaleDe:
      'Das Deinstallieren der App entfernt keine Daten von den Servern von WhatsApp. Erst die vollständige Löschung des Kontos veranlasst WhatsApp, die gespeicherten Daten zu löschen (nach eigenen Angaben innerhalb von bis zu 90 Tagen). Ohne festgelegten Prozess bleiben Konten und Kundendaten nach Ende der Nutzung, einem Personalwechsel oder Gerätetausch unkontrolliert bestehen.',
    rationaleEn:
      "Uninstalling the app does not remove any data from WhatsApp's servers. Only deleting the account completely makes WhatsApp erase the stored data (within up to 90 days, according to WhatsApp). Without a defined process, accounts and customer data remain uncontrolled after use ends, staff change or a device is replaced.",
    remediationDe:
      'Einen Abschlussprozess festlegen und dokumentieren: verantwortliche Person benennen, Chats entsprechend den Aufbewahrungspflichten sichern, das Konto in der App unter Einstellungen › Konto › Konto löschen vollständig löschen (bei der Business Platform die Nummer beim Business Solution Provider abmelden), die Löschung protokollieren und das Gerät zurücksetzen.',
    remediationEn:
      'Define and document an exit process: name a responsible person, back up chats as required by retention obligations, delete the account completely in the app under Settings › Account › Delete account (for the Business Platform, deregister the number with the Business Solution Provider), log the deletion and reset the device.',
    legalReference: 'Art. 17 DSGVO',
  },
];

const RULES: CatalogueEntry[] = [...WHATSAPP_RULES, ...RECORD_RULES];

// Frozen because api and web share this one catalogue object at runtime.
for (const rule of RULES) {
  Object.freeze(rule.variants);
  Object.freeze(rule);
}

/** The full catalogue in the order of docs/compliance-rules.md. */
export const COMPLIANCE_RULES: readonly ComplianceRule[] = Object.freeze(RULES);

const RULES_BY_ID: ReadonlyMap<string, ComplianceRule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): ComplianceRule | undefined {
  return RULES_BY_ID.get(id);
}
