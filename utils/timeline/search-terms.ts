import type { Term } from '../dataset/schema';
import { foldText } from '../text/fold';

/** Search reads hyphens and apostrophes as spaces: "e cps" finds e-CPS, "hop en" finds HOP'EN. */
function fold(text: string): string {
  return foldText(text).replace(/[-']/g, ' ').replace(/ +/g, ' ').trim();
}

/**
 * Terms matching a free-text query, accent- and case-insensitive, over
 * labels, names and aliases ("segur" finds Ségur numérique, "carte vitale"
 * finds ApCV, "ordonnance" finds e-prescription). Every word of the query
 * must appear; terms whose label or an alias starts with the query come first.
 */
export function searchTerms(terms: readonly Term[], query: string): Term[] {
  const wanted = fold(query);
  if (!wanted) return [...terms];
  const words = wanted.split(' ');
  const scored: { term: Term; score: number }[] = [];
  for (const term of terms) {
    const names = [term.label, term.names.fr, term.names.en, ...term.aliases.map((alias) => alias.text)].map(fold);
    const haystack = names.join(' | ');
    if (!words.every((word) => haystack.includes(word))) continue;
    const score = names.some((name) => name.startsWith(wanted)) ? 0 : names.some((name) => name.includes(wanted)) ? 1 : 2;
    scored.push({ term, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.term.label.localeCompare(b.term.label, 'fr'))
    .map(({ term }) => term);
}
