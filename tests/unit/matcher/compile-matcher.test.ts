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

  it('accepts a compound after a hyphen but not a short identifier suffix', () => {
    expect(found('le CépiDc-Inserm et l’INS-C')).toEqual(['cepidc:CépiDc']);
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

  it('prefers the longest match: no found range could be extended into a longer alias at the same start', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const match of matcher.findMatches(input)) {
          const longer = matcher.findMatches(input.slice(match.start)).find((candidate) => candidate.start === 0);
          expect(longer?.end).toBe(match.end - match.start);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
