/** A German data protection supervisory authority (Art. 51 DSGVO; § 40 BDSG for the private sector). */
export type SupervisoryAuthority = {
  /** The federal state's ISO 3166-2:DE code without "DE-", or BUND for the federal commissioner. */
  code: string;
  name: string;
  shortName: string;
  street: string;
  postalCode: string;
  city: string;
  website: string;
  /** Where a breach is reported online (Art. 33 DSGVO), or the authority's site where no form is known. */
  reportingUrl: string;
};

// Private-sector supervisors of the 16 Länder (§ 40 BDSG) and the BfDI (telecommunications, postal services,
// federal bodies). Data, not logic: addresses and links change, docs/legal-clocks.md says how to update them.
export const SUPERVISORY_AUTHORITIES: readonly SupervisoryAuthority[] = [
  {
    code: 'BW',
    name: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
    shortName: 'LfDI BW',
    street: 'Lautenschlagerstraße 20',
    postalCode: '70173',
    city: 'Stuttgart',
    website: 'https://www.baden-wuerttemberg.datenschutz.de',
    reportingUrl: 'https://www.baden-wuerttemberg.datenschutz.de/datenpanne-melden/',
  },
  {
    code: 'BY',
    name: 'Bayerisches Landesamt für Datenschutzaufsicht',
    shortName: 'BayLDA',
    street: 'Promenade 18',
    postalCode: '91522',
    city: 'Ansbach',
    website: 'https://www.lda.bayern.de',
    reportingUrl: 'https://www.lda.bayern.de/de/datenpanne.html',
  },
  {
    code: 'BE',
    name: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
    shortName: 'BlnBDI',
    street: 'Alt-Moabit 59–61',
    postalCode: '10555',
    city: 'Berlin',
    website: 'https://www.datenschutz-berlin.de',
    reportingUrl: 'https://www.datenschutz-berlin.de/wirtschaft-und-verwaltung/meldung-einer-datenpanne',
  },
  {
    code: 'BB',
    name: 'Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg',
    shortName: 'LDA Brandenburg',
    street: 'Stahnsdorfer Damm 77',
    postalCode: '14532',
    city: 'Kleinmachnow',
    website: 'https://www.lda.brandenburg.de',
    reportingUrl: 'https://www.lda.brandenburg.de',
  },
  {
    code: 'HB',
    name: 'Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen',
    shortName: 'LfDI Bremen',
    street: 'Arndtstraße 1',
    postalCode: '27570',
    city: 'Bremerhaven',
    website: 'https://www.datenschutz.bremen.de',
    reportingUrl:
      'https://www.datenschutz.bremen.de/wir-ueber-uns/online-meldungen/datenschutzverletzung-melden-15665',
  },
  {
    code: 'HH',
    name: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit',
    shortName: 'HmbBfDI',
    street: 'Ludwig-Erhard-Straße 22',
    postalCode: '20459',
    city: 'Hamburg',
    website: 'https://datenschutz-hamburg.de',
    reportingUrl: 'https://datenschutz-hamburg.de/meldung-databreach',
  },
  {
    code: 'HE',
    name: 'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit',
    shortName: 'HBDI',
    street: 'Gustav-Stresemann-Ring 1',
    postalCode: '65189',
    city: 'Wiesbaden',
    website: 'https://datenschutz.hessen.de',
    reportingUrl:
      'https://datenschutz.hessen.de/service/meldungen-von-verletzungen-des-schutzes-personenbezogener-daten-durch-verantwortliche',
  },
  {
    code: 'MV',
    name: 'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
    shortName: 'LfDI M-V',
    street: 'Werderstraße 74a',
    postalCode: '19055',
    city: 'Schwerin',
    website: 'https://www.datenschutz-mv.de',
    reportingUrl: 'https://www.datenschutz-mv.de',
  },
  {
    code: 'NI',
    name: 'Der Landesbeauftragte für den Datenschutz Niedersachsen',
    shortName: 'LfD Niedersachsen',
    street: 'Prinzenstraße 5',
    postalCode: '30159',
    city: 'Hannover',
    website: 'https://www.lfd.niedersachsen.de',
    reportingUrl: 'https://www.navo.niedersachsen.de/navo2/portal/csend/8916/fileget/artikel_33.html',
  },
  {
    code: 'NW',
    name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
    shortName: 'LDI NRW',
    street: 'Kavalleriestraße 2–4',
    postalCode: '40213',
    city: 'Düsseldorf',
    website: 'https://www.ldi.nrw.de',
    reportingUrl: 'https://www.ldi.nrw.de',
  },
  {
    code: 'RP',
    name: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
    shortName: 'LfDI RLP',
    street: 'Hintere Bleiche 34',
    postalCode: '55116',
    city: 'Mainz',
    website: 'https://www.datenschutz.rlp.de',
    reportingUrl:
      'https://fms.service24.rlp.de/fms/findform?shortname=dp_form_lfdi&formtecid=6&areashortname=LfDI',
  },
  {
    code: 'SL',
    name: 'Unabhängiges Datenschutzzentrum Saarland',
    shortName: 'UDZ Saarland',
    street: 'Fritz-Dobisch-Straße 12',
    postalCode: '66111',
    city: 'Saarbrücken',
    website: 'https://www.datenschutz.saarland.de',
    reportingUrl: 'https://www.datenschutz.saarland.de',
  },
  {
    code: 'SN',
    name: 'Die Sächsische Datenschutz- und Transparenzbeauftragte',
    shortName: 'SDTB',
    // Moved in April 2025; letters go to Postfach 11 01 32, 01330 Dresden.
    street: 'Maternistraße 17',
    postalCode: '01067',
    city: 'Dresden',
    website: 'https://www.datenschutz.sachsen.de',
    reportingUrl: 'https://www.datenschutz.sachsen.de/meldung-datenschutzverstoss-4133.html',
  },
  {
    code: 'ST',
    name: 'Der Landesbeauftragte für den Datenschutz Sachsen-Anhalt',
    shortName: 'LfD LSA',
    street: 'Leiterstraße 9',
    postalCode: '39104',
    city: 'Magdeburg',
    website: 'https://datenschutz.sachsen-anhalt.de',
    reportingUrl: 'https://datenschutz.sachsen-anhalt.de',
  },
  {
    code: 'SH',
    name: 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein',
    shortName: 'ULD',
    street: 'Holstenstraße 98',
    postalCode: '24103',
    city: 'Kiel',
    website: 'https://www.datenschutzzentrum.de',
    reportingUrl: 'https://www.datenschutzzentrum.de',
  },
  {
    code: 'TH',
    name: 'Der Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit',
    shortName: 'TLfDI',
    street: 'Häßlerstraße 8',
    postalCode: '99096',
    city: 'Erfurt',
    website: 'https://www.tlfdi.de',
    reportingUrl: 'https://www.tlfdi.de',
  },
  {
    code: 'BUND',
    name: 'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
    shortName: 'BfDI',
    street: 'Graurheindorfer Straße 153',
    postalCode: '53117',
    city: 'Bonn',
    website: 'https://www.bfdi.bund.de',
    reportingUrl: 'https://www.bfdi.bund.de',
  },
];

for (const authority of SUPERVISORY_AUTHORITIES) Object.freeze(authority);

export const supervisoryAuthorityByCode = (code: string): SupervisoryAuthority | null =>
  SUPERVISORY_AUTHORITIES.find((a) => a.code === code) ?? null;

/** The Land authority competent for a client seated in `federalState` (§ 40 BDSG), or null without a state. */
export const supervisoryAuthorityFor = (federalState: string | null): SupervisoryAuthority | null =>
  federalState && federalState !== 'BUND' ? supervisoryAuthorityByCode(federalState) : null;
