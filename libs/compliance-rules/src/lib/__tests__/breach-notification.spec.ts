import {
  breachNeedsCommunication,
  breachNeedsNotification,
  breachNotificationDraft,
  type BreachFacts,
} from '../breach-notification.util';
import {
  SUPERVISORY_AUTHORITIES,
  supervisoryAuthorityByCode,
  supervisoryAuthorityFor,
} from '../supervisory-authorities';
import { FEDERAL_STATES } from '@klarsicht/shared';

const STATES = FEDERAL_STATES;

describe('SUPERVISORY_AUTHORITIES', () => {
  it('has one authority per federal state and the BfDI, each with a postal address and https links', () => {
    expect(SUPERVISORY_AUTHORITIES.map((a) => a.code).sort()).toEqual([...STATES, 'BUND'].sort());
    for (const a of SUPERVISORY_AUTHORITIES) {
      expect(a.name.length).toBeGreaterThan(10);
      expect(a.postalCode).toMatch(/^\d{5}$/);
      expect(a.street).toMatch(/\d/);
      expect(a.website).toMatch(/^https:\/\//);
      expect(a.reportingUrl).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ['BY', 'BayLDA', 'Ansbach'],
    ['HH', 'HmbBfDI', 'Hamburg'],
    ['BE', 'BlnBDI', 'Berlin'],
    ['NW', 'LDI NRW', 'Düsseldorf'],
    ['SH', 'ULD', 'Kiel'],
    ['HB', 'LfDI Bremen', 'Bremerhaven'],
  ])('a client in %s reports to the %s in %s', (state, shortName, city) => {
    expect(supervisoryAuthorityFor(state)).toEqual(expect.objectContaining({ shortName, city }));
  });

  it('has no Land authority without a state; the BfDI is chosen by its code', () => {
    expect(supervisoryAuthorityFor(null)).toBeNull();
    expect(supervisoryAuthorityFor('BUND')).toBeNull();
    expect(supervisoryAuthorityByCode('BUND')?.shortName).toBe('BfDI');
    expect(supervisoryAuthorityByCode('XX')).toBeNull();
  });
});

const FACTS: BreachFacts = {
  clientName: 'Metzgerei Huber',
  discoveredAt: new Date('2027-03-26T09:00:00Z'),
  occurredAt: null,
  description: 'Ein Diensthandy mit WhatsApp-Chats von Kundinnen und Kunden wurde gestohlen.',
  dataCategories: ['Telefonnummern', 'Chatverläufe'],
  subjectCategories: ['Kundinnen und Kunden'],
  approxSubjects: 1200,
  approxRecords: 5400,
  likelyConsequences: 'Unerwünschte Kontaktaufnahme, Offenlegung von Bestellungen.',
  measures: 'Gerät gesperrt und aus der Ferne gelöscht, WhatsApp-Konto abgemeldet.',
  risk: 'HIGH_RISK',
  contact: 'Datenschutzbeauftragte: Dr. Eva Klar, dsb@example.test',
  lateReason: null,
};

describe(breachNotificationDraft.name, () => {
  it('holds the Art. 33(3) contents in German, with the deadline in Berlin time across the DST change', () => {
    const sut = breachNotificationDraft(
      FACTS,
      supervisoryAuthorityFor('BY'),
      new Date('2027-03-27T09:00:00Z'),
    );
    expect(sut).toContain('An: Bayerisches Landesamt für Datenschutzaufsicht, Promenade 18, 91522 Ansbach');
    expect(sut).toContain('Kenntnis der Verletzung: 26.03.2027, 10:00 Uhr');
    expect(sut).toContain('Meldefrist (72 Stunden ab Kenntnis): 29.03.2027, 11:00 Uhr');
    for (const letter of ['a', 'b', 'c', 'd']) expect(sut).toContain(`Art. 33 Abs. 3 lit. ${letter} DSGVO`);
    expect(sut).toContain('Ungefähre Zahl betroffener Personen: ca. 1.200');
    expect(sut).toContain('Kategorien betroffener Daten: Telefonnummern, Chatverläufe');
    expect(sut).toContain('Die betroffenen Personen werden nach Art. 34 DSGVO benachrichtigt.');
    expect(sut).not.toContain('Gründe für die Verzögerung');
  });

  it('asks for the reasons once the 72 hours have passed, and shows them when given', () => {
    const late = new Date('2027-03-29T09:01:00Z');
    expect(breachNotificationDraft(FACTS, null, late)).toContain('(Begründung erforderlich');
    const sut = breachNotificationDraft(
      { ...FACTS, lateReason: 'Forensik erst am Montag verfügbar.' },
      null,
      late,
    );
    expect(sut).toContain(
      'Gründe für die Verzögerung (Art. 33 Abs. 1 Satz 2 DSGVO)\nForensik erst am Montag verfügbar.',
    );
    expect(sut).toContain('An: (zuständige Aufsichtsbehörde wählen)');
  });

  it('marks what is still missing instead of leaving it out', () => {
    const sut = breachNotificationDraft(
      { ...FACTS, dataCategories: [], approxSubjects: null, measures: ' ', risk: 'RISK' },
      supervisoryAuthorityFor('HH'),
      FACTS.discoveredAt,
    );
    expect(sut).toContain('Kategorien betroffener Daten: (noch anzugeben)');
    expect(sut).toContain('Ungefähre Zahl betroffener Personen: unbekannt');
    expect(sut).toContain('Art. 34 DSGVO ist nicht erforderlich');
  });
});

describe('notification duties by risk', () => {
  it.each([
    ['NO_RISK', false, false],
    ['RISK', true, false],
    ['HIGH_RISK', true, true],
  ] as const)('%s: notify the authority %s, tell the people %s', (risk, notify, communicate) => {
    expect(breachNeedsNotification(risk)).toBe(notify);
    expect(breachNeedsCommunication(risk)).toBe(communicate);
  });
});
