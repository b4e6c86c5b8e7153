import { changesOf, details } from './clients.util';

describe('clients.util', () => {
  it('details trims strings, turns blanks into null and leaves out what was not sent (and the name)', () => {
    expect(details({ city: '  Köln ', street: '   ', industry: null, federalState: 'NW' })).toEqual({
      city: 'Köln',
      street: null,
      industry: null,
      federalState: 'NW',
    });
    expect(details({})).toEqual({});
  });

  it('changesOf lists changed fields only, contact e-mail addresses masked', () => {
    expect(
      changesOf(
        { name: 'A', city: 'Köln', contactEmail: 'alt@example.test', street: null },
        { name: 'B', city: 'Köln', contactEmail: 'neu@example.test', street: undefined },
      ),
    ).toEqual({
      name: { before: 'A', after: 'B' },
      contactEmail: { before: '***', after: '***' },
    });
    expect(changesOf({ contactEmail: null }, { contactEmail: 'neu@example.test' })).toEqual({
      contactEmail: { before: null, after: '***' },
    });
  });
});
