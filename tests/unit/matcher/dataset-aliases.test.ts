import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import type { Release } from '../../../utils/dataset/schema';
import { buildTermIndex } from '../../../utils/dataset/term-index';
import { compileMatcher, type Matcher } from '../../../utils/matcher/compile-matcher';
import { literalSpellings } from '../../../utils/matcher/spellings';

let release: Release;
let matcher: Matcher;
beforeAll(async () => {
  release = await buildReleaseFromDataDir();
  matcher = compileMatcher(buildTermIndex(release).aliases);
});

describe('the dataset’s aliases and the matcher', () => {
  it('agree on every alias: each spelling of each alias is found whole and given to its own programme', () => {
    const problems: string[] = [];
    for (const term of release.terms) {
      for (const alias of term.aliases) {
        const owners = release.terms.filter((other) => other.aliases.some((candidate) => candidate.text === alias.text)).map((other) => other.id);
        for (const spelling of literalSpellings(alias)) {
          const text = `Selon l’article, ${spelling} avance.`;
          const found = matcher.findMatches(text);
          const whole = found.find((match) => text.slice(match.start, match.end) === spelling);
          if (!whole) problems.push(`${term.id}: "${spelling}" (alias "${alias.text}") is not found whole`);
          else if (!owners.includes(whole.termId)) problems.push(`${term.id}: "${spelling}" is given to ${whole.termId}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
