import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherAlias } from '../../../utils/matcher/compile-matcher';
import { buildPagePrefilter, pageMayName } from '../../../utils/matcher/prefilter';

const ALIASES: MatcherAlias[] = [
  { termId: 'ins', text: 'INS', caseSensitive: true, ambiguous: true },
  { termId: 'ins', text: 'identité nationale de santé', caseSensitive: false, ambiguous: false },
  { termId: 'apcv', text: 'ApCV', caseSensitive: true, ambiguous: false },
  { termId: 'e-cps', text: 'e-CPS', caseSensitive: true, ambiguous: false },
  { termId: 'mssante', text: 'MSSanté', caseSensitive: true, ambiguous: false },
  { termId: 'mon-espace-sante', text: 'Mon espace santé', caseSensitive: false, ambiguous: false },
  { termId: 'segur-numerique', text: 'Ségur numérique', caseSensitive: false, ambiguous: false },
  { termId: 'hopen-2', text: "HOP'EN 2", caseSensitive: true, ambiguous: false },
  { termId: 'care', text: 'programme CaRE', caseSensitive: true, ambiguous: false },
  { termId: 'e-prescription', text: 'e-prescription', caseSensitive: false, ambiguous: false },
];
const matcher = compileMatcher(ALIASES);
const prefilter = buildPagePrefilter(ALIASES);

// As writers spell names: with all their accents or none; hyphens as a
// hyphen, a space or nothing; acronyms also in capitals.
function writtenForms(alias: MatcherAlias): string[] {
  const plain = alias.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const cased = [alias.text, plain].flatMap((form) => (alias.caseSensitive ? [form, form.toUpperCase()] : [form, form.toLowerCase()]));
  return cased.flatMap((form) => {
    const [first = '', ...rest] = form.split('-');
    let joined = [first];
    for (const part of rest) joined = joined.flatMap((head) => [`${head}-${part}`, `${head} ${part}`, head + part]);
    return joined;
  });
}
const spelling = fc.constantFrom(...ALIASES.flatMap(writtenForms), 'Mon Espace Santé', 'SEGUR NUMERIQUE');
const filler = fc.constantFrom('le', 'la', 'santé', 'de', 'INSEE', 'pré', 'X', '2', 'numérique', 'programme', 'e', 'CPS', 'liberté');
const separator = fc.constantFrom(' ', ', ', '-', "'", '’', '(', ')', ' « ', '.', '');
const text = fc.array(fc.tuple(fc.oneof(spelling, filler), separator), { maxLength: 25 }).map((parts) => parts.flat().join(''));

describe('the page prefilter', () => {
  it('says yes to every one-line text in which the matcher finds a term', () => {
    fc.assert(
      fc.property(text, (input) => {
        if (matcher.findMatches(input).length > 0) expect(pageMayName(prefilter, input)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('says no to French prose that names nothing, even with the words of names in it', () => {
    const prose =
      'Le conseil municipal a voté le budget ; les travaux de la médiathèque commencent en mars, ' +
      'le parcours de santé du parc rouvre et une prescription de liberté surveillée a été levée.';
    expect(pageMayName(prefilter, prose)).toBe(false);
  });

  it('looks for acronyms from their first capital, so every alternative starts with one', () => {
    const alternatives = prefilter.patterns.filter((pattern) => pattern.flags === '').flatMap((pattern) => pattern.source.split('|'));
    expect(alternatives.every((alternative) => /^[A-ZÀ-Þ]/.test(alternative))).toBe(true);
    expect(pageMayName(prefilter, 'la carte eCPS')).toBe(true);
  });
});
