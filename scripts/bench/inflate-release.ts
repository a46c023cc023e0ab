import { computeContentHash } from '../../utils/dataset/content-hash';
import type { Release } from '../../utils/dataset/schema';

/**
 * A release `factor` times the bundled one: every term, milestone and source
 * copied under new ids (and distinct aliases), so it is as valid as the real
 * one, only bigger.
 */
export async function inflateRelease(bundled: Release, factor: number, version: string): Promise<Release> {
  // Short suffixes: ids are at most 60 characters, and the longest real one has 54.
  const copy = (id: string, n: number) => (n === 0 ? id : `${id}-c${n}`);
  const terms: Release['terms'] = [];
  const milestones: Release['milestones'] = [];
  const sources: Release['sources'] = [];
  for (let n = 0; n < factor; n++) {
    for (const term of bundled.terms) {
      terms.push({
        ...term,
        id: copy(term.id, n),
        // "copie N", not just "N": "HOP'EN" + " 2" would be the real HOP'EN 2's alias.
        aliases: term.aliases.map((alias) => ({ ...alias, text: n === 0 ? alias.text : `${alias.text} copie${n}` })),
        related: term.related.map((id) => copy(id, n)),
        ...(term.replacedBy ? { replacedBy: copy(term.replacedBy, n) } : {}),
        status: { ...term.status, sources: term.status.sources.map((id) => copy(id, n)) },
        figures: term.figures.map((figure) => ({ ...figure, sources: figure.sources.map((id) => copy(id, n)) })),
      });
    }
    for (const milestone of bundled.milestones) {
      milestones.push({
        ...milestone,
        id: copy(milestone.id, n),
        terms: milestone.terms.map((id) => copy(id, n)),
        sources: milestone.sources.map((id) => copy(id, n)),
        ...(milestone.promised ? { promised: { ...milestone.promised, sources: milestone.promised.sources.map((id) => copy(id, n)) } } : {}),
      });
    }
    for (const source of bundled.sources) sources.push({ ...source, id: copy(source.id, n) });
  }
  const content = { schemaVersion: bundled.schemaVersion, version, publishedAt: bundled.publishedAt, terms, milestones, sources };
  return { ...content, hash: await computeContentHash(content) };
}
