import { describe, expect, it } from '@jest/globals';
import de from './de.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((acc, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...acc, [path]: value } : { ...acc, ...flatten(value, path) };
  }, {});

const placeholders = (text: string): string[] =>
  [...text.matchAll(/{{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();

describe('locales', () => {
  const flatDe = flatten(de);
  const flatEn = flatten(en);

  it('has the same keys in German and English', () => {
    expect(Object.keys(flatEn).sort()).toEqual(Object.keys(flatDe).sort());
  });

  it.each(Object.keys(flatDe))('has a non-empty text and the same placeholders for %s', (key) => {
    const german = flatDe[key] ?? '';
    const english = flatEn[key] ?? '';
    expect(german.trim()).not.toBe('');
    expect(english.trim()).not.toBe('');
    expect(placeholders(english)).toEqual(placeholders(german));
  });
});
