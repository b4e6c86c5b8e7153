import {
  CONSENT_TEXT_CHECK_IDS,
  CONSENT_TEXT_CHECKS,
  MAX_SENTENCE_WORDS,
  READABILITY_THRESHOLD,
  type ConsentTextCheckId,
} from '../consent-text/consent-text-checks';
import {
  hasBlockingFinding,
  lintConsentText,
  type ConsentTextLintInput,
} from '../consent-text/consent-text-lint.util';
import { readabilityOf, splitSentences } from '../consent-text/readability.util';

// Real-world shaped consent texts (German small businesses asking for WhatsApp opt-in).
const GOOD_DE = [
  'Ja, ich möchte von der Bäckerei Sonnenschein per WhatsApp Antworten auf meine Fragen und Anfragen bekommen.',
  'Dafür nutzt die Bäckerei meine Handynummer.',
  'WhatsApp gehört zu Meta. Meta verarbeitet dabei Daten, auch in den USA.',
  'Die Einwilligung ist freiwillig.',
  'Ich kann sie jederzeit widerrufen: Ich schreibe einfach STOP oder eine E-Mail an datenschutz@baeckerei-sonnenschein.de.',
  'Mehr steht in der Datenschutzerklärung unter www.baeckerei-sonnenschein.de/datenschutz.',
].join(' ');

const BUNDLED_DE = [
  'Ja, ich möchte von der Autohaus Berger GmbH per WhatsApp Erinnerungen an meine Servicetermine bekommen.',
  'Außerdem erhalte ich Angebote und den Newsletter mit Aktionen.',
  'WhatsApp ist ein Dienst von Meta; Meta verarbeitet Daten auch in den USA.',
  'Ich kann die Einwilligung jederzeit widerrufen, indem ich STOP antworte.',
  'Details stehen in der Datenschutzerklärung.',
].join(' ');

const NO_WITHDRAWAL_DE = [
  'Ich bin damit einverstanden, dass die Physiotherapie Lindenhof mich per WhatsApp an meine Termine erinnert.',
  'WhatsApp gehört zu Meta. Meta verarbeitet dabei Daten, auch in den USA.',
  'Mehr dazu in der Datenschutzerklärung.',
].join(' ');

const NO_WHATSAPP_DE = [
  'Ja, die Bäckerei Sonnenschein darf mir per Messenger Antworten auf meine Fragen schicken.',
  'Meta verarbeitet dabei Daten, auch in den USA.',
  'Ich kann die Einwilligung jederzeit widerrufen: Ich schreibe einfach STOP.',
  'Mehr steht in der Datenschutzerklärung.',
].join(' ');

const GOOD_EN = [
  'Yes, I would like Sunshine Bakery to answer my questions via WhatsApp.',
  'WhatsApp belongs to Meta. Meta processes data, also in the USA.',
  'My consent is voluntary.',
  'I can withdraw it at any time: I just reply STOP or write to privacy@sunshine-bakery.example.',
  'More in the privacy notice.',
].join(' ');

const lint = (overrides: Partial<ConsentTextLintInput> & Pick<ConsentTextLintInput, 'text'>) =>
  lintConsentText({
    language: 'de',
    purposes: ['SERVICE'],
    controllerName: 'Bäckerei Sonnenschein GmbH',
    ...overrides,
  });
const ids = (overrides: Partial<ConsentTextLintInput> & Pick<ConsentTextLintInput, 'text'>) =>
  lint(overrides).findings.map((f) => f.checkId);

describe('lintConsentText on real-world consent texts', () => {
  it.each<[string, Partial<ConsentTextLintInput> & Pick<ConsentTextLintInput, 'text'>, ConsentTextCheckId[]]>(
    [
      ['a good German text', { text: GOOD_DE }, []],
      [
        'a bundled newsletter + service text',
        { text: BUNDLED_DE, controllerName: 'Autohaus Berger GmbH', purposes: ['SERVICE', 'MARKETING'] },
        ['MARKETING_SEPARATE'],
      ],
      [
        'the same bundled text, asked as a service consent only (marketing hidden in it)',
        { text: BUNDLED_DE, controllerName: 'Autohaus Berger GmbH', purposes: ['SERVICE'] },
        ['MARKETING_SEPARATE'],
      ],
      [
        'a text without withdrawal',
        { text: NO_WITHDRAWAL_DE, controllerName: 'Physiotherapie Lindenhof', purposes: ['TRANSACTIONAL'] },
        ['WITHDRAWAL'],
      ],
      ['a text that never names WhatsApp', { text: NO_WHATSAPP_DE }, ['CHANNEL_NAMED']],
      ['a good English text', { text: GOOD_EN, language: 'en', controllerName: 'Sunshine Bakery Ltd' }, []],
      [
        'the English text for a client of another name',
        { text: GOOD_EN, language: 'en', controllerName: 'Moonlight Café' },
        ['CONTROLLER_NAMED'],
      ],
      [
        'the German good text read with English vocabulary',
        { text: GOOD_DE, language: 'en' },
        ['PURPOSE_STATED', 'WITHDRAWAL', 'PRIVACY_NOTICE'],
      ],
    ],
  )('%s', (_name, input, expected) => {
    expect(ids(input)).toEqual(expected);
  });

  it('the good text reads above the threshold (Flesch–Amstad)', () => {
    const { readability } = lint({ text: GOOD_DE });
    expect(readability.formula).toBe('FLESCH_AMSTAD');
    expect(readability.score).toBeGreaterThanOrEqual(READABILITY_THRESHOLD);
    expect(readability.threshold).toBe(READABILITY_THRESHOLD);
    expect(lint({ text: GOOD_EN, language: 'en' }).readability.formula).toBe('FLESCH');
  });
});

describe('each check', () => {
  const without = (fragment: string, by = ''): string => {
    expect(GOOD_DE).toContain(fragment);
    return GOOD_DE.replace(fragment, by);
  };

  it.each<[ConsentTextCheckId, string, Partial<ConsentTextLintInput>, boolean]>([
    ['CONTROLLER_NAMED', GOOD_DE, { controllerName: 'Bäckerei Sonnenschein GmbH & Co. KG' }, false],
    ['CONTROLLER_NAMED', GOOD_DE, { controllerName: 'Metzgerei Huber e.K.' }, true],
    ['CONTROLLER_NAMED', GOOD_DE, { controllerName: null }, false],
    ['CHANNEL_NAMED', GOOD_DE.replace(/WhatsApp/g, 'Whats App'), {}, false],
    ['CHANNEL_NAMED', GOOD_DE.replace(/WhatsApp/g, 'Telegram'), {}, true],
    ['PURPOSE_STATED', GOOD_DE, { purposes: ['SERVICE', 'TRANSACTIONAL'] }, true],
    [
      'PURPOSE_STATED',
      `${GOOD_DE} Auch zu meinen Bestellungen.`,
      { purposes: ['SERVICE', 'TRANSACTIONAL'] },
      false,
    ],
    ['MARKETING_SEPARATE', GOOD_DE, { purposes: ['SERVICE', 'TRANSACTIONAL'] }, false],
    ['MARKETING_SEPARATE', `${GOOD_DE} Dazu gibt es Rabatte.`, {}, true],
    ['WITHDRAWAL', without('Ich kann sie jederzeit widerrufen: '), {}, true],
    ['WITHDRAWAL_HOW', without('jederzeit '), {}, true],
    [
      'WITHDRAWAL_HOW',
      without(
        'Ich schreibe einfach STOP oder eine E-Mail an datenschutz@baeckerei-sonnenschein.de.',
        'Das geht.',
      ),
      {},
      true,
    ],
    ['WITHDRAWAL_HOW', GOOD_DE, {}, false],
    ['PRIVACY_NOTICE', without('Datenschutzerklärung', 'Webseite'), {}, true],
    ['PRIVACY_NOTICE', GOOD_DE.replace('Datenschutzerklärung', 'Datenschutzhinweisen'), {}, false],
    ['META_TRANSFER', without(' auch in den USA', ''), {}, true],
    [
      'META_TRANSFER',
      without('WhatsApp gehört zu Meta. Meta verarbeitet dabei Daten, auch in den USA. '),
      {},
      true,
    ],
    ['META_TRANSFER', without(' auch in den USA', ''), { metaInvolved: false }, false],
    ['NO_TERMS_BUNDLING', `${GOOD_DE} Mit meiner Anmeldung akzeptiere ich die AGB.`, {}, true],
    ['NO_TERMS_BUNDLING', `${GOOD_DE} Ich stimme den Allgemeinen Geschäftsbedingungen zu.`, {}, true],
    [
      'NO_TERMS_BUNDLING',
      `${GOOD_DE} Die Einwilligung ist unabhängig von den AGB, die ich akzeptiere.`,
      {},
      false,
    ],
    [
      'SENTENCE_LENGTH',
      `${GOOD_DE} Ich nehme zur Kenntnis, dass die Verarbeitung meiner personenbezogenen Daten, insbesondere meiner Mobilfunknummer und der Inhalte meiner Nachrichten, im Rahmen der Nutzung des Dienstes durch die Bäckerei und ihre Auftragsverarbeiter nach Maßgabe der gesetzlichen Bestimmungen erfolgt.`,
      {},
      true,
    ],
    ['SENTENCE_LENGTH', GOOD_DE, {}, false],
  ])('%s on a variant of the good text: finding = %#', (check, text, overrides, expected) => {
    expect(ids({ text, ...overrides }).includes(check)).toBe(expected);
  });

  it('READABILITY fires under the threshold with its score in the message', () => {
    const hard =
      'Hiermit willige ich in die Verarbeitung personenbezogener Kommunikationsdaten durch die Bäckerei Sonnenschein ein. ' +
      'Informationsübermittlungsvorgänge erfolgen ausschließlich über WhatsApp-Kommunikationsinfrastruktur. ';
    const result = lint({ text: hard });
    const readability = result.findings.find((f) => f.checkId === 'READABILITY');
    expect(result.readability.score).toBeLessThan(READABILITY_THRESHOLD);
    expect(readability?.messageDe).toContain(`Schwelle ${READABILITY_THRESHOLD}`);
    expect(readability?.messageDe).toContain(result.readability.score.toLocaleString('de-DE'));
  });

  it('marks the passage: the offsets slice out the sentence at fault', () => {
    const text = `${GOOD_DE} Mit meiner Anmeldung akzeptiere ich die AGB.`;
    const terms = lint({ text }).findings.find((f) => f.checkId === 'NO_TERMS_BUNDLING');
    expect(text.slice(terms?.start ?? 0, terms?.end ?? 0)).toBe(
      'Mit meiner Anmeldung akzeptiere ich die AGB.',
    );
    const bundled = lint({
      text: BUNDLED_DE,
      controllerName: 'Autohaus Berger',
      purposes: ['SERVICE', 'MARKETING'],
    }).findings[0];
    expect(BUNDLED_DE.slice(bundled.start ?? 0, bundled.end ?? 0)).toBe(
      'Außerdem erhalte ich Angebote und den Newsletter mit Aktionen.',
    );
    // Something missing altogether has no passage.
    const missing = lint({ text: NO_WHATSAPP_DE }).findings[0];
    expect([missing.start, missing.end]).toEqual([null, null]);
  });

  it('names the purpose in both languages', () => {
    const finding = lint({ text: GOOD_DE, purposes: ['SERVICE', 'TRANSACTIONAL'] }).findings[0];
    expect(finding).toMatchObject({
      checkId: 'PURPOSE_STATED',
      purpose: 'TRANSACTIONAL',
    });
    expect(finding.messageDe).toContain('„Bestell- und Terminnachrichten“');
    expect(finding.messageEn).toContain('"order and appointment messages"');
  });

  it('every check has a severity, both messages and a legal reference, and blocks CONSENT-TEXT when HIGH', () => {
    expect(CONSENT_TEXT_CHECKS.map((c) => c.id)).toEqual([...CONSENT_TEXT_CHECK_IDS]);
    for (const check of CONSENT_TEXT_CHECKS) {
      expect(check.messageDe).not.toBe(check.messageEn);
      expect(check.legalReference).toMatch(/DSGVO|UWG/);
    }
    expect(hasBlockingFinding(lint({ text: NO_WHATSAPP_DE }).findings)).toBe(true);
    expect(hasBlockingFinding(lint({ text: without('Datenschutzerklärung', 'Webseite') }).findings)).toBe(
      false,
    );
    expect(lint({ text: GOOD_DE }).highestSeverity).toBeNull();
  });
});

describe('sentences and readability', () => {
  it('does not end a sentence at an abbreviation, an address or a paragraph number', () => {
    const text = 'Nach Art. 7 Abs. 3 DSGVO, z. B. per E-Mail an a@b.de. Zweiter Satz!\nÜberschrift';
    expect(splitSentences(text, 'de').map((s) => text.slice(s.start, s.end))).toEqual([
      'Nach Art. 7 Abs. 3 DSGVO, z. B. per E-Mail an a@b.de.',
      'Zweiter Satz!',
      'Überschrift',
    ]);
  });

  it('computes Flesch–Amstad as 180 − ASL − 58.5 × ASW', () => {
    // 2 sentences, 6 words, 8 syllables: 180 − 3 − 58.5 × 8 / 6 = 99
    const sentences = splitSentences('Ich lese gern. Du schreibst Bücher.', 'de');
    expect(sentences.map((s) => [s.words, s.syllables])).toEqual([
      [3, 4],
      [3, 4],
    ]);
    expect(readabilityOf(sentences, 'de').score).toBe(99);
    expect(MAX_SENTENCE_WORDS).toBe(25);
  });
});
