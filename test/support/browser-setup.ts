// `testTimeout` in a jest project config is ignored; browser journeys need more than the default 5 s.
jest.setTimeout(120_000);
