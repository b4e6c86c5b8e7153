/**
 * The api speaks English (to integrators, in docs/api.md); the web speaks its user's language. German for every
 * message the api's code throws (api-messages.spec.ts fails when one is missing) and for the input validator's.
 */
export const API_MESSAGES_DE: Record<string, string> = {
  'A client role needs a client': 'Eine Mandantenrolle braucht einen Mandanten.',
  'A provider with this name already exists': 'Einen Anbieter mit diesem Namen gibt es bereits.',
  'An account with this email already exists': 'Zu dieser E-Mail-Adresse gibt es bereits ein Konto.',
  'An extension must be made and told to the person within the first month (Art. 12(3) DSGVO)':
    'Eine Verlängerung muss innerhalb des ersten Monats erklärt und der Person mitgeteilt werden (Art. 12 Abs. 3 DSGVO).',
  'An open task for this finding already exists': 'Zu diesem Befund gibt es bereits eine offene Aufgabe.',
  'Another version was published at the same time; try again':
    'Gleichzeitig wurde eine andere Fassung veröffentlicht; bitte erneut versuchen.',
  'Archived clients cannot be changed': 'Archivierte Mandanten können nicht geändert werden.',
  'Choose a password different from the current one': 'Bitte ein anderes als das bisherige Passwort wählen.',
  'Enable single sign-on before requiring it': 'Single Sign-on zuerst einrichten, dann verpflichtend machen.',
  'Enter your name': 'Bitte Ihren Namen angeben.',
  'Give the passkey a name': 'Bitte dem Passkey einen Namen geben.',
  'Invalid cursor': 'Ungültige Seitenangabe.',
  'Invalid or expired credentials': 'Anmeldedaten ungültig oder abgelaufen.',
  'Invalid signature': 'Ungültige Signatur.',
  'Must be a member of the firm': 'Muss Mitglied der Kanzlei sein.',
  'Must be a member of the firm or of this client': 'Muss Mitglied der Kanzlei oder dieses Mandanten sein.',
  'Must be in the future': 'Muss in der Zukunft liegen.',
  'Must be text without NUL characters or unpaired surrogates': 'Enthält Zeichen, die kein Text sind.',
  'Must not be after to': 'Darf nicht nach dem Ende des Zeitraums liegen.',
  'Must not be before the awareness': 'Darf nicht vor der Kenntnis liegen.',
  'Must not be before the request was received': 'Darf nicht vor dem Eingang der Anfrage liegen.',
  'Must not be in the future': 'Darf nicht in der Zukunft liegen.',
  'No OpenID Connect provider answers at this address':
    'Unter dieser Adresse antwortet kein OpenID-Connect-Anbieter.',
  'No consent data for this number': 'Zu dieser Nummer gibt es keine Einwilligungsdaten.',
  'No session': 'Keine Sitzung.',
  'No such provider': 'Diesen Anbieter gibt es nicht.',
  'Not a WebAuthn response': 'Keine gültige Antwort des Passkeys.',
  'Not a valid phone number': 'Keine gültige Telefonnummer.',
  'Only a document in review can be returned': 'Nur ein Dokument in Prüfung kann zurückgegeben werden.',
  'Only an owner can change or remove an owner':
    'Nur eine Inhaberin oder ein Inhaber kann Inhaber ändern oder entfernen.',
  'Only an owner can invite another owner': 'Nur eine Inhaberin oder ein Inhaber kann Inhaber einladen.',
  'Only an owner can manage an invitation of an owner':
    'Nur eine Inhaberin oder ein Inhaber kann die Einladung eines Inhabers verwalten.',
  'Only an owner configures single sign-on': 'Nur Inhaber richten Single Sign-on ein.',
  "Only an owner resets a member's second factor":
    'Nur Inhaber setzen den zweiten Faktor eines Mitglieds zurück.',
  'Only an owner sets the firm policy': 'Nur Inhaber legen die Richtlinien der Kanzlei fest.',
  'Only client roles are bound to a client': 'Nur Mandantenrollen sind an einen Mandanten gebunden.',
  'Only signed-in members have notifications': 'Benachrichtigungen gibt es nur für angemeldete Mitglieder.',
  'Only signed-in users can do this': 'Das können nur angemeldete Personen.',
  'Only signed-in users have notification preferences':
    'Benachrichtigungseinstellungen gibt es nur für angemeldete Personen.',
  'Only the firm’s DPOs approve or return documents':
    'Nur die Datenschutzbeauftragten der Kanzlei geben Dokumente frei oder zurück.',
  Required: 'Pflichtangabe.',
  'Required for a notification after 72 hours': 'Bei einer Meldung nach 72 Stunden erforderlich.',
  'Say what needs to change': 'Bitte angeben, was zu ändern ist.',
  'Send the CSV as multipart/form-data in the field "file"': 'Die CSV-Datei fehlt.',
  'Send the CSV in the field "file"': 'Die CSV-Datei fehlt.',
  'Send the file as multipart/form-data in the field "file"': 'Die Datei fehlt.',
  'Send the file in the field "file"': 'Die Datei fehlt.',
  'Session expired': 'Sitzung abgelaufen.',
  'Session revoked': 'Sitzung beendet.',
  'Set up two-factor authentication first': 'Bitte zuerst die Zwei-Faktor-Anmeldung einrichten.',
  'Start the two-factor setup first': 'Bitte zuerst die Einrichtung der Zwei-Faktor-Anmeldung beginnen.',
  'The breach is notified already': 'Die Datenpanne ist bereits gemeldet.',
  'The code is not valid': 'Der Code ist ungültig.',
  'The current password is not right': 'Das bisherige Passwort stimmt nicht.',
  'The document is archived': 'Das Dokument ist archiviert.',
  'The invitation was accepted already': 'Die Einladung wurde bereits angenommen.',
  'The invitation was withdrawn': 'Die Einladung wurde zurückgezogen.',
  "The person's identity must be verified first (Art. 12(6) DSGVO)":
    'Zuerst ist die Identität der Person zu prüfen (Art. 12 Abs. 6 DSGVO).',
  'The request has no phone number to act on': 'Die Anfrage nennt keine Telefonnummer.',
  'The request is closed': 'Die Anfrage ist abgeschlossen.',
  'The request is closed already': 'Die Anfrage ist bereits abgeschlossen.',
  'This client has a channel for this number already':
    'Für diese Nummer hat der Mandant bereits einen Kanal.',
  'This link has already been used': 'Dieser Link wurde bereits verwendet.',
  'This link has expired': 'Dieser Link ist abgelaufen.',
  'This member has no second factor to reset': 'Dieses Mitglied hat keinen zweiten Faktor.',
  'This passkey is already registered': 'Dieser Passkey ist bereits registriert.',
  'This password is too common; choose another':
    'Dieses Passwort ist zu verbreitet; bitte ein anderes wählen.',
  'This person also belongs to another firm: their second factor protects that firm too. Ask the operator.':
    'Diese Person gehört auch zu einer anderen Kanzlei, deren Zugang ihr zweiter Faktor ebenfalls schützt. Bitte an den Betreiber wenden.',
  'Turn off your own second factor in your security settings':
    'Den eigenen zweiten Faktor bitte in den Sicherheitseinstellungen abschalten.',
  'Two-factor authentication is already enabled': 'Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.',
  'Two-factor authentication is not enabled': 'Die Zwei-Faktor-Anmeldung ist nicht eingerichtet.',
  'Unknown authority': 'Unbekannte Aufsichtsbehörde.',
  'Unknown provider': 'Unbekannter Anbieter.',
  'Up to 500 notification ids': 'Höchstens 500 Benachrichtigungen auf einmal.',
  'Upload a version before approving': 'Vor der Freigabe bitte eine Fassung hochladen.',
  'Use an ISO 8601 date or date and time': 'Bitte ein Datum (ISO 8601) angeben.',
  'Use csv or jsonl': 'Bitte csv oder jsonl wählen.',
  'Use true or false': 'Bitte true oder false angeben.',
  'Verification failed': 'Die Prüfung ist fehlgeschlagen.',
  'You are already a member of this firm': 'Sie sind bereits Mitglied dieser Kanzlei.',
  invalid: 'Ungültig.',
  'This advice has been acknowledged already': 'Diese Beratung wurde bereits beantwortet.',
  'Say why the advice is declined': 'Bitte begründen, warum die Beratung abgelehnt wird.',
  'Give either clientIds or filter': 'Bitte entweder Mandanten oder einen Filter angeben.',
  'Each question needs its own key': 'Jede Frage braucht einen eigenen Schlüssel.',
  'No client': 'Kein Mandant.',
  'Not a question of this campaign': 'Keine Frage dieser Kampagne.',
  'Only the firm’s DPOs approve a DPIA': 'Nur die Datenschutzbeauftragten der Kanzlei geben eine DSFA frei.',
  'Save the DPIA before approving it': 'Die DSFA bitte vor der Freigabe speichern.',
  'No DPIA saved': 'Keine DSFA gespeichert.',
  'Only a draft can be submitted': 'Nur ein Entwurf kann eingereicht werden.',
  'Only the firm’s DPOs approve processing activities':
    'Nur die Datenschutzbeauftragten der Kanzlei geben Verarbeitungstätigkeiten frei.',
  'Unknown BSP': 'Unbekannter Anbieter (BSP).',
  'Unknown measure': 'Unbekannte Maßnahme.',
  'Name at least one client': 'Bitte mindestens einen Mandanten angeben.',
  "Not a document of this client's": 'Kein Dokument dieses Mandanten.',
  'Only a CLAIMED answer can be verified or rejected':
    'Nur eine angegebene Antwort kann bestätigt oder abgelehnt werden.',
  'Say what is wrong with the answer': 'Bitte angeben, was an der Antwort nicht stimmt.',
  'Not a document of this client': 'Kein Dokument dieses Mandanten.',
  'This answer has not been given yet': 'Diese Antwort wurde noch nicht gegeben.',
  'The body is not JSON': 'Die Anfrage ist kein JSON.',
  'Authentication required': 'Bitte anmelden.',
  'Internal server error': 'Interner Fehler.',
  'Duplicate column names': 'Doppelte Spaltennamen.',
  'Enter a valid email address': 'Bitte eine gültige E-Mail-Adresse angeben.',
  'Enter the 6-digit code': 'Bitte den 6-stelligen Code eingeben.',
  'Import failed; nothing was saved': 'Der Import ist fehlgeschlagen; nichts wurde gespeichert.',
  'Must be an email address': 'Bitte eine gültige E-Mail-Adresse angeben.',
  'Name must have 1 to 200 characters': 'Der Name muss 1 bis 200 Zeichen haben.',
  'No consent text version with this id for this client':
    'Für diesen Mandanten gibt es keine Textfassung mit dieser Kennung.',
  'Not a date (use ISO 8601, e.g. 2026-03-02T09:15:00Z)':
    'Kein Datum (ISO 8601, z. B. 2026-03-02T09:15:00Z).',
  'Not a valid id': 'Keine gültige Kennung.',
  'Not an IP address': 'Keine IP-Adresse.',
  'The file has no data rows': 'Die Datei enthält keine Datenzeilen.',
  'The file is larger than the upload limit; nothing was saved':
    'Die Datei ist größer als erlaubt; nichts wurde gespeichert.',
  'Invalid input': 'Ungültige Eingabe.',
  'Your firm requires single sign-on: choose "Sign in with SSO" (Mit SSO anmelden).':
    'Ihre Kanzlei verlangt Single Sign-on: bitte „Mit SSO anmelden“ wählen.',
  "This session was opened by a firm's single sign-on and stays in that firm: sign in again to open another.":
    'Diese Sitzung wurde über das Single Sign-on einer Kanzlei geöffnet und bleibt in dieser Kanzlei: für eine andere bitte neu anmelden.',
  Forbidden: 'Nicht erlaubt.',
  'Not found': 'Nicht gefunden.',
  'Too many requests': 'Zu viele Anfragen.',
  'The service is temporarily unavailable; try again shortly':
    'Der Dienst ist kurz nicht erreichbar; bitte gleich noch einmal versuchen.',
};

/** Messages the api builds from parts, and those of the input validator (class-validator), by their shape. */
const PATTERNS_DE: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(\S+) does not answer a request of type (\S+)$/, () => 'Diese Aktion passt nicht zur Art der Anfrage.'],
  [
    /^You have (\S+) passkeys: remove one before you add another$/,
    (m) => `Sie haben ${m[1]} Passkeys: bitte zuerst einen entfernen.`,
  ],
  [
    /^A legal hold blocks erasure: (.*)$/s,
    (m) => `Eine Aufbewahrungspflicht verhindert die Löschung: ${m[1]}`,
  ],
  [
    /^The file is larger than (\S+) bytes/,
    () => 'Die Datei ist größer als erlaubt; nichts wurde gespeichert.',
  ],
  [/^Longer than (\d+) characters$/, (m) => `Länger als ${m[1]} Zeichen.`],
  [
    /^Same number and purpose as line (\S+)$/,
    (m) => `Gleiche Nummer und gleicher Zweck wie in Zeile ${m[1]}.`,
  ],
  [/^The text version does not cover (\S+)$/, (m) => `Die Textfassung deckt den Zweck ${m[1]} nicht ab.`],
  [/^Use one of (.+)$/, (m) => `Erlaubt sind: ${m[1]}.`],
  [/^Malformed CSV: /, () => 'Die CSV-Datei ist fehlerhaft.'],
  [
    /column\(s\).*Expected: (.+)$/s,
    (m) => `Die Kopfzeile passt nicht. Erwartet werden die Spalten: ${m[1]}.`,
  ],
  [/ must be an email$/, () => 'Bitte eine gültige E-Mail-Adresse angeben.'],
  [/ must be a UUID$/, () => 'Ungültige Kennung.'],
  [/ must be longer than or equal to (\d+) characters?$/, (m) => `Mindestens ${m[1]} Zeichen.`],
  [/ must be shorter than or equal to (\d+) characters?$/, (m) => `Höchstens ${m[1]} Zeichen.`],
  [/ must not be less than (-?\d+)$/, (m) => `Mindestens ${m[1]}.`],
  [/ must not be greater than (-?\d+)$/, (m) => `Höchstens ${m[1]}.`],
  [/ should not be empty$/, () => 'Pflichtangabe.'],
  [/ must be a Date instance$/, () => 'Bitte ein Datum angeben.'],
  [/ must be one of the following values: /, () => 'Bitte einen der angebotenen Werte wählen.'],
];

/** The message in the user's language; null when German is asked for and none is known (the caller falls back). */
export const localizeApiMessage = (message: string, language: string | undefined): string | null => {
  if (language === 'en') return message;
  const exact = API_MESSAGES_DE[message];
  if (exact) return exact;
  for (const [pattern, german] of PATTERNS_DE) {
    const match = message.match(pattern);
    if (match) return german(match);
  }
  return null;
};
