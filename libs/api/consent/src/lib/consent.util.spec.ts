import { createHash } from 'node:crypto';
import { consentTextHash, distinctPurposes } from './consent.util';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('consent.util', () => {
  it('consentTextHash covers title and body; a text without a title hashes its body alone', () => {
    expect(consentTextHash('Newsletter', 'Ich willige ein.')).toBe(sha('Newsletter\n\nIch willige ein.'));
    expect(consentTextHash('', 'Ich willige ein.')).toBe(sha('Ich willige ein.'));
    expect(consentTextHash('Newsletter', 'Ich willige ein.')).not.toBe(
      consentTextHash('Newsletter', 'Ich willige ein'),
    );
  });

  it('distinctPurposes keeps the first of each purpose in order', () => {
    expect(distinctPurposes(['MARKETING', 'SERVICE', 'MARKETING'])).toEqual(['MARKETING', 'SERVICE']);
  });
});
