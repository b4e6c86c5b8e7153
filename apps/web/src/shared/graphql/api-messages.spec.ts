import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { API_MESSAGES_DE, localizeApiMessage } from './api-messages';

const root = resolve(__dirname, '../../../../..');

// Every message the api's code throws, as written there: conflict('…'), forbidden('…'), new AppError('X', '…'),
// the field messages of badInput({ field: '…' }). A message built from parts is given by its fixed part.
const thrownMessages = (): string[] => {
  const files = execFileSync('git', ['ls-files', 'libs/api/**/*.ts', 'apps/api/**/*.ts'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file && !file.includes('.spec.'));
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    const patterns = [
      /\b(?:conflict|forbidden|unauthenticated|notFound|rateLimited)\(\s*(['"`])((?:(?!\1).)*)\1/g,
      /new AppError\(\s*'[A-Z_]+',\s*(['"`])((?:(?!\1).)*)\1/g,
      /new \w+Exception\(\s*(['"`])((?:(?!\1).)*)\1/g,
      // The error helpers' default messages (libs/api/core/src/lib/errors.ts).
      /\bmessage = (['"`])((?:(?!\1).)*)\1\): AppError/g,
      // The validator's own messages ({ message: '…' }) and the consent import's per-line errors.
      /\bmessage: (['"`])((?:(?!\1).)*)\1/g,
      /\bfail\([^,()]+,\s*[^,()]+,\s*(['"`])((?:(?!\1).)*)\1/g,
      /\bbad\('[^']+',\s*(['"`])((?:(?!\1).)*)\1/g,
      /new HeaderError\(\s*(['"`])((?:(?!\1).)*)\1/g,
    ];
    for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.add(m[2] ?? '');
    for (const m of source.matchAll(/\bbadInput\(\{([^}]*)\}/g))
      for (const v of (m[1] ?? '').matchAll(/:\s*(['"`])((?:(?!\1).)*)\1/g)) found.add(v[2] ?? '');
  }
  // A template's parts stand in for its values.
  return [...found].filter(Boolean).map((message) => message.replace(/\$\{[^}]*\}/g, 'X'));
};

describe('German for the api messages the web shows', () => {
  const messages = thrownMessages();

  it('finds the messages in the api source', () => {
    expect(messages.length).toBeGreaterThan(50);
    expect(messages).toContain('Not a valid phone number');
  });

  it.each(messages)('has German for "%s"', (message) => {
    expect(localizeApiMessage(message, 'de')).toEqual(expect.any(String));
  });

  it('keeps no German for a message the api no longer throws', () => {
    const thrown = new Set(messages);
    expect(Object.keys(API_MESSAGES_DE).filter((message) => !thrown.has(message))).toEqual([]);
  });

  it.each([
    ['email must be an email', 'Bitte eine gültige E-Mail-Adresse angeben.'],
    ['name must be longer than or equal to 1 characters', 'Mindestens 1 Zeichen.'],
    [
      'A legal hold blocks erasure: Gerichtsverfahren',
      'Eine Aufbewahrungspflicht verhindert die Löschung: Gerichtsverfahren',
    ],
  ])('translates the validator’s and composed messages: %s', (message, german) => {
    expect(localizeApiMessage(message, 'de')).toBe(german);
  });

  it('leaves English as it is, and knows when it has no German', () => {
    expect(localizeApiMessage('Not a valid phone number', 'en')).toBe('Not a valid phone number');
    expect(localizeApiMessage('Something new', 'de')).toBeNull();
  });
});
