/** A passage of a text: UTF-16 offsets, `end` exclusive (what `String.prototype.slice` takes). */
export type TextSpan = { start: number; end: number };

export type Sentence = TextSpan & { text: string; words: number; syllables: number };

export type ReadabilityFormula = 'FLESCH_AMSTAD' | 'FLESCH';

export type Readability = {
  /** FLESCH_AMSTAD for German (Amstad 1978), FLESCH (reading ease, 1948) for English. */
  formula: ReadabilityFormula;
  /** 0 (very hard) to 100 (very easy), clamped. */
  score: number;
  sentences: number;
  words: number;
  averageSentenceLength: number;
  averageSyllablesPerWord: number;
};

// A period after one of these (or after a single letter: "z. B.", "d. h.") does not end a sentence.
const ABBREVIATIONS = new Set([
  'abs',
  'art',
  'bzw',
  'ca',
  'co',
  'dr',
  'etc',
  'evtl',
  'ff',
  'ggf',
  'inkl',
  'lit',
  'nr',
  'str',
  'usw',
  'vgl',
  'zb',
  'eg',
  'ie',
  'mr',
  'mrs',
  'no',
  'vs',
]);

// An e-mail address or a web address counts as one word of one syllable and never ends a sentence.
const WORD = /[^\s@]+@[^\s@]+\.[^\s.,;:!?)]+|https?:\/\/[^\s)]+|www\.[^\s)]+|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const ADDRESS = /@|^https?:|^www\./i;

function syllablesOf(word: string, language: string): number {
  if (ADDRESS.test(word)) return 1;
  const lower = word.toLowerCase();
  if (/^\p{N}+$/u.test(lower)) return 1;
  const groups = lower.match(language === 'de' ? /[aeiouyäöü]+/g : /[aeiouy]+/g)?.length ?? 0;
  // English: a silent final e ("fine", "use") but not "-le" ("able").
  const silentE = language !== 'de' && groups > 1 && /[^aeiouyl]e$/.test(lower) ? 1 : 0;
  return Math.max(1, groups - silentE);
}

function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[index + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (char !== '.') return true;
  const before = /([\p{L}]+)$/u.exec(text.slice(0, index))?.[1];
  if (!before) return true;
  return before.length > 1 && !ABBREVIATIONS.has(before.toLowerCase());
}

/** The text's sentences (a line break ends one too: headings, list items), with their offsets. */
export function splitSentences(text: string, language: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const words = body.match(WORD) ?? [];
      if (words.length)
        sentences.push({
          start: start + lead,
          end: start + lead + body.length,
          text: body,
          words: words.length,
          syllables: words.reduce((sum, w) => sum + syllablesOf(w, language), 0),
        });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || isSentenceEnd(text, i)) push(i + 1);
  }
  push(text.length);
  return sentences;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Flesch–Amstad (German) or Flesch reading ease (English) of the sentences. */
export function readabilityOf(sentences: readonly Sentence[], language: string): Readability {
  const words = sentences.reduce((sum, s) => sum + s.words, 0);
  const syllables = sentences.reduce((sum, s) => sum + s.syllables, 0);
  const formula: ReadabilityFormula = language === 'de' ? 'FLESCH_AMSTAD' : 'FLESCH';
  if (words === 0)
    return {
      formula,
      score: 0,
      sentences: 0,
      words: 0,
      averageSentenceLength: 0,
      averageSyllablesPerWord: 0,
    };
  const asl = words / sentences.length;
  const asw = syllables / words;
  const raw = formula === 'FLESCH_AMSTAD' ? 180 - asl - 58.5 * asw : 206.835 - 1.015 * asl - 84.6 * asw;
  return {
    formula,
    score: round1(Math.min(100, Math.max(0, raw))),
    sentences: sentences.length,
    words,
    averageSentenceLength: round1(asl),
    averageSyllablesPerWord: Math.round(asw * 100) / 100,
  };
}
