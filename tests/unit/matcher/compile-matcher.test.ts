import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherAlias } from '../../../utils/matcher/compile-matcher';

const ALIASES: MatcherAlias[] = [
  { termId: 'ins', text: 'INS', caseSensitive: true, ambiguous: true },
  { termId: 'ins', text: 'identité nationale de santé', caseSensitive: false, ambiguous: false },
  { termId: 'insi', text: 'INSi', caseSensitive: true, ambiguous: false },
  { termId: 'apcv', text: 'ApCV', caseSensitive: true, ambiguous: false },
  { termId: 'e-cps', text: 'e-CPS', caseSensitive: true, ambiguous: false },
  { termId: 'e-cps', text: 'E-CPS', caseSensitive: true, ambiguous: false },
  { termId: 'mssante', text: 'MSSanté', caseSensitive: true, ambiguous: false },
  { termId: 'mssante', text: 'MS Santé', caseSensitive: true, ambiguous: false },
  { termId: 'mon-espace-sante', text: 'Mon espace santé', caseSensitive: false, ambiguous: false },
  { termId: 'segur-numerique', text: 'Ségur numérique', caseSensitive: false, ambiguous: false },
  { termId: 'ans', text: 'ANS', caseSensitive: true, ambiguous: true, frenchWord: true },
  { termId: 'hopen', text: "HOP'EN", caseSensitive: true, ambiguous: false },
  { termId: 'hopen-2', text: "HOP'EN 2", caseSensitive: true, ambiguous: false },
  { termId: 'ght', text: 'GHT', caseSensitive: true, ambiguous: false, plural: true },
  { termId: 'cepidc', text: 'CépiDc', caseSensitive: true, ambiguous: false },
];
const matcher = compileMatcher(ALIASES);

function found(text: string): string[] {
  return matcher.findMatches(text).map((match) => `${match.termId}:${text.slice(match.start, match.end)}`);
}

describe('the matcher', () => {
  it('finds elided forms with either apostrophe', () => {
    expect(found("l'INS et l’INS, d'ApCV, d’ApCV")).toEqual(['ins:INS', 'ins:INS', 'apcv:ApCV', 'apcv:ApCV']);
  });

  it('keeps acronyms whole-word and case-sensitive', () => {
    expect(found('INSEE, INSERM, INSi, ins, Ins, INS-C, pré-INS')).toEqual(['insi:INSi']);
    expect(found('(INS)')).toEqual(['ins:INS']);
  });

  it('accepts accents present or missing, and any case for names', () => {
    expect(found('Segur numerique; SÉGUR NUMÉRIQUE; ségur Numérique')).toEqual([
      'segur-numerique:Segur numerique',
      'segur-numerique:SÉGUR NUMÉRIQUE',
      'segur-numerique:ségur Numérique',
    ]);
    expect(found('MSSante, MSSanté')).toEqual(['mssante:MSSante', 'mssante:MSSanté']);
  });

  it('treats non-breaking, narrow no-break and repeated spaces as spaces', () => {
    expect(found('Mon\u00a0espace\u202fsanté, Mon  espace\n  santé, MS\u00a0Santé')).toEqual([
      'mon-espace-sante:Mon\u00a0espace\u202fsanté',
      'mon-espace-sante:Mon  espace\n  santé',
      'mssante:MS\u00a0Santé',
    ]);
  });

  it('accepts hyphen variants: hyphen, non-breaking hyphen, space or nothing', () => {
    expect(found('e-CPS, eCPS, e CPS, E-CPS, e\u2011CPS')).toEqual([
      'e-cps:e-CPS',
      'e-cps:eCPS',
      'e-cps:e CPS',
      'e-cps:E-CPS',
      'e-cps:e\u2011CPS',
    ]);
    // "E-CPS" written without its hyphen is still E-CPS; other cases are not.
    expect(found('ECPS, ecps, Ecps')).toEqual(['e-cps:ECPS']);
  });

  it('prefers the longest alias at a position', () => {
    expect(found("HOP'EN 2 puis HOP’EN")).toEqual(["hopen-2:HOP'EN 2", 'hopen:HOP’EN']);
  });

  it('counts a name and its acronym as two occurrences', () => {
    expect(found('l’identité nationale de santé (INS)')).toEqual(['ins:identité nationale de santé', 'ins:INS']);
  });

  it('allows plurals only where the alias says so', () => {
    expect(found('les GHTs et les GHT, mais pas les INSs')).toEqual(['ght:GHTs', 'ght:GHT']);
  });

  it('ignores a French word in capitals: "IL Y A 20 ANS", but not the agency', () => {
    expect(found('IL Y A 20 ANS DÉJÀ')).toEqual([]);
    expect(found('20 ANS de carte Vitale')).toEqual([]);
    expect(found("L'ANS publie sa doctrine")).toEqual(['ans:ANS']);
  });

  it('accepts a compound after a hyphen, and a version number, but not a short identifier suffix', () => {
    expect(found('le CépiDc-Inserm et l’INS-C')).toEqual(['cepidc:CépiDc']);
    expect(found('le GHT-2 et l’INS-C2')).toEqual(['ght:GHT']);
  });

  it('reports a quick yes/no without scanning everything', () => {
    expect(matcher.hasMatch('Rien à signaler ici.')).toBe(false);
    expect(matcher.hasMatch('Rien, puis Mon espace santé.')).toBe(true);
  });
});

describe('matcher properties', () => {
  const alphabet = fc.constantFrom(
    ...'abcdeINSApCVMSSantéÉeéèGHT  \u00a0\u202f-‐\'’()0123456789\n'.split(''),
    'INS', 'e-CPS', 'Mon espace santé', 'HOP’EN 2', 'GHTs', 'Ségur numérique', '\ud83d\ude00',
  );
  const text = fc.array(alphabet, { maxLength: 120 }).map((parts) => parts.join(''));

  it('never throws and returns valid, ordered, non-overlapping ranges', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 })), (input) => {
        const matches = matcher.findMatches(input);
        let previousEnd = 0;
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(input.length);
          previousEnd = match.end;
        }
        expect(matcher.hasMatch(input)).toBe(matches.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds an alias wherever it is placed between word boundaries, and only there', () => {
    const words = fc.array(fc.constantFrom('le', 'la', 'santé', 'numérique', 'programme', 'de'), { maxLength: 6 });
    fc.assert(
      fc.property(words, words, fc.constantFrom(...ALIASES), (before, after, alias) => {
        const input = [...before, alias.text, ...after].join(' ');
        const start = before.length === 0 ? 0 : before.join(' ').length + 1;
        const match = matcher.findMatches(input).find((candidate) => candidate.start === start);
        expect(match?.end).toBeGreaterThanOrEqual(start + alias.text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('finds what a brute-force reading finds: every word start, the longest alias ending a word, left to right', () => {
    const plain = ALIASES.filter((alias) => !alias.frenchWord);
    const plainMatcher = compileMatcher(plain);
    fc.assert(
      fc.property(text, (input) => {
        expect(plainMatcher.findMatches(input).map((match) => [match.start, match.end, match.termId])).toEqual(bruteForce(input, plain));
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * The oracle: an independent, slow reading of the rules. At each word start
 * (not after a letter or digit, nor after a hyphen glued to a word), try
 * every end from the farthest, keep the first piece that ends a word and
 * equals a spelling of an alias once spaces, hyphens, apostrophes and (for
 * names) case and accents are set aside; then go on after it.
 */
function bruteForce(input: string, aliases: MatcherAlias[]): [number, number, string][] {
  const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char) && !/[\u2000-\u206f\u3000-\u303f\u00a0]/.test(char);
  const squash = (piece: string) => piece.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[\u2010-\u2013\u2212]/g, '-').replace(/[\u2019\u2018]/g, "'");
  const strip = (piece: string) => piece.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const joinerSpellings = (alias: MatcherAlias) => {
    const [first = '', ...rest] = alias.text.split('-');
    let spellings = [first];
    for (const part of rest) spellings = spellings.flatMap((head) => ['-', ' ', ''].map((joiner) => head + joiner + part));
    return alias.plural ? spellings.flatMap((spelling) => [spelling, `${spelling}s`, `${spelling}S`]) : spellings;
  };
  const names = (piece: string) =>
    aliases.find((alias) =>
      joinerSpellings(alias).some((spelling) =>
        alias.caseSensitive
          ? strip(squash(piece)) === strip(spelling) || strip(squash(piece)) === strip(spelling).toUpperCase()
          : strip(squash(piece)).toLowerCase() === strip(spelling).toLowerCase(),
      ),
    );
  const endsWord = (end: number) => {
    if (isWord(input[end])) return false;
    if (!/[-\u2010-\u2013\u2212]/.test(input[end] ?? '')) return true;
    const suffix = /^[\p{L}\p{N}]*/u.exec(input.slice(end + 1))![0];
    return suffix.length === 0 || suffix.length > 2 || /^[0-9]+$/.test(suffix);
  };
  const result: [number, number, string][] = [];
  for (let start = 0; start < input.length; start++) {
    if (isWord(input[start - 1]) || (/[-\u2010-\u2013\u2212]/.test(input[start - 1] ?? '') && isWord(input[start - 2]))) continue;
    for (let end = input.length; end > start; end--) {
      if (/[\s\u00a0\u202f]/.test(input[end - 1]!) || !endsWord(end)) continue;
      const alias = names(input.slice(start, end));
      if (alias) {
        result.push([start, end, alias.termId]);
        start = end - 1;
        break;
      }
    }
  }
  return result;
}
