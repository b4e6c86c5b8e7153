import { maskPhone, normalizePhone } from './phone.util';

describe('normalizePhone', () => {
  it.each([
    ['+49 151 23456789', '+4915123456789'],
    ['0151 23456789', '+4915123456789'],
    ['0049 (151) 234-567-89', '+4915123456789'],
    ['+43 664 1234567', '+436641234567'],
  ])('normalises %s to %s', (input, expected) => expect(normalizePhone(input)).toBe(expected));

  it.each(['', '12', 'not a number', '+49 151', '+999 123456789', '0'.repeat(50)])('rejects %p', (input) =>
    expect(normalizePhone(input)).toBeNull(),
  );
});

describe('maskPhone', () => {
  it('keeps the country code, the prefix and the last three digits only', () => {
    expect(maskPhone('+4915123456789')).toBe('+49 151 ••••789');
    expect(maskPhone('+4915123456789')).not.toContain('23456');
  });
});
