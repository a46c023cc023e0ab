import MiniSearch, { type SearchResult } from 'minisearch';
import type { Milestone, Term } from '../dataset/schema';
import { stripAccents } from '../text/fold';
import { isWithinPeriod, parseDateQuery } from './date-query';
import { byDate } from './milestone-queries';

/**
 * The popup's search over the roadmap: programme names and aliases,
 * milestone titles (French and English) and dates, forgiving one typo.
 * MiniSearch does the text part (see docs/roadmap.md for why it and not
 * Fuse.js); dates are read by `parseDateQuery`. Results come grouped by
 * programme, each group's milestones in date order.
 */
export interface SearchGroup {
  term: Term;
  /** The query named the programme itself (not only some of its milestones). */
  matchedByName: boolean;
  /** Its milestones the query found, oldest first (none when only its name matched). */
  milestones: Milestone[];
}

export interface RoadmapSearch {
  search(query: string): SearchGroup[];
}

interface IndexedDocument {
  id: string;
  label?: string;
  names?: string;
  aliases?: string;
  title?: string;
}

const fold = (text: string) => stripAccents(text).toLowerCase();

/**
 * How far a typed word may be from an indexed one: none for short words
 * (acronyms: "dmp" must not find "dns"), one edit from four letters, two
 * from five so that one swap of neighbouring letters ("segru" for "segur",
 * two edits to Levenshtein) still counts as the one typo it is.
 */
export function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length === 4 ? 1 : 2;
}

const TERM_PREFIX = 'term:';
const MILESTONE_PREFIX = 'milestone:';

export function createRoadmapSearch(terms: readonly Term[], milestones: readonly Milestone[]): RoadmapSearch {
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const milestonesById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const index = new MiniSearch<IndexedDocument>({
    fields: ['label', 'names', 'aliases', 'title'],
    // Apostrophes and hyphens split words too ("l'INS", "e-CPS").
    tokenize: (text) => text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean),
    processTerm: (word) => fold(word) || null,
  });
  index.addAll([
    ...terms.map((term) => ({
      id: TERM_PREFIX + term.id,
      label: term.label,
      names: `${term.names.fr} ${term.names.en}`,
      aliases: term.aliases.map((alias) => alias.text).join(' '),
    })),
    ...milestones.map((milestone) => ({ id: MILESTONE_PREFIX + milestone.id, title: `${milestone.title.fr} ${milestone.title.en}` })),
  ]);

  const textHits = (text: string): SearchResult[] =>
    index.search(text, {
      combineWith: 'AND',
      fuzzy: (word) => allowedEdits(word),
      // The last word may still be being typed.
      prefix: (word, position, words) => position === words.length - 1 && word.length >= 2,
      boost: { label: 4, aliases: 3, names: 2, title: 1 },
    });

  return {
    search(query) {
      const date = parseDateQuery(query);
      const text = (date ? date.rest : query).trim();
      if (!text && !date) return [];
      const inPeriod = (milestone: Milestone) => !date || isWithinPeriod(milestone.date, date.period);

      const namedTerms: Term[] = [];
      const foundMilestones: Milestone[] = [];
      if (text) {
        for (const hit of textHits(text)) {
          const id = String(hit.id);
          if (id.startsWith(TERM_PREFIX)) namedTerms.push(termsById.get(id.slice(TERM_PREFIX.length))!);
          else foundMilestones.push(milestonesById.get(id.slice(MILESTONE_PREFIX.length))!);
        }
      }
      const named = new Set(namedTerms.map((term) => term.id));
      let candidates: Milestone[];
      if (!text) candidates = milestones.filter(inPeriod);
      else if (date) {
        // "ségur 2025": the programme's milestones of 2025, and those whose title matched.
        const ofNamed = milestones.filter((milestone) => milestone.terms.some((id) => named.has(id)));
        candidates = [...new Set([...foundMilestones, ...ofNamed])].filter(inPeriod);
      } else candidates = foundMilestones;

      const groups = new Map<string, SearchGroup>();
      for (const term of namedTerms) groups.set(term.id, { term, matchedByName: true, milestones: [] });
      for (const milestone of candidates) {
        // A milestone of several programmes goes to one group: the first one named, else its first.
        const home = milestone.terms.find((id) => named.has(id)) ?? milestone.terms[0]!;
        const term = termsById.get(home);
        if (!term) continue;
        const group = groups.get(home) ?? { term, matchedByName: false, milestones: [] };
        group.milestones.push(milestone);
        groups.set(home, group);
      }
      const result = [...groups.values()].filter((group) => !date || group.milestones.length > 0);
      for (const group of result) group.milestones.sort(byDate);
      // Named programmes first (by relevance), then the others by their first milestone.
      return [
        ...result.filter((group) => group.matchedByName),
        ...result.filter((group) => !group.matchedByName).sort((a, b) => byDate(a.milestones[0]!, b.milestones[0]!)),
      ];
    },
  };
}
