import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { hasValidHash } from '../../../utils/dataset/content-hash';
import { ReleaseSchema, type Release } from '../../../utils/dataset/schema';
import { earliestDay, latestDay } from '../../../utils/dates/partial-date';
import { isSlip } from '../../../utils/timeline/promise-outcome';
import { ROOT } from '../../support/paths';

/** The term ids issue #3 requires, and the nine core programmes. */
const REQUIRED_IDS = [
  'ins', 'apcv', 'mssante', 'segur-numerique', 'dmp', 'mon-espace-sante', 'e-cps', 'e-prescription',
  'health-data-hub', 'ror', 'rpps', 'adeli', 'si-dep', 'si-vic', 'cepidc', 'si-samu', 'psig', 'tousanticovid',
  'bsp', 'esms-numerique', 'hopen', 'ans', 'dns', 'cns', 'ght', 'doctrine', 'feuille-de-route',
  'pro-sante-connect', 'g-nius', 'telesante',
];
/** Programmes a reader of 2024–2026 news meets often, missing from the first dataset (issue 14). */
const ADDED_IN_2026 = [
  'snds', 'sun-es', 'sons', 'hospiconnect', 'annuaire-sante', 'ci-sis', 'laboe-si', 'sas', 'hub-sante', 'pgssi-s',
  'myhealth-eu', 'dui', 'drimbox', 'mailiz', 'rniv', 'cert-sante',
];
const CORE = ['ins', 'apcv', 'mssante', 'segur-numerique', 'dmp', 'mon-espace-sante', 'e-cps', 'e-prescription', 'health-data-hub'];

let release: Release;
beforeAll(async () => {
  release = await buildReleaseFromDataDir();
});

describe('the dataset in data/', () => {
  it('passes the extension’s own schema, with a valid content hash', async () => {
    expect(ReleaseSchema.safeParse(release).success).toBe(true);
    expect(await hasValidHash(release)).toBe(true);
  });

  it('passes the evidence rules (done steps sourced after the event, recent reviews, only real slips)', async () => {
    await expect(buildReleaseFromDataDir({ checkEvidence: true })).resolves.toBeDefined();
  });

  it('covers every required programme, at least 12 of those readers missed in 2026, and at least 60 terms', () => {
    const ids = new Set(release.terms.map((term) => term.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(ADDED_IN_2026.filter((id) => ids.has(id)).length).toBeGreaterThanOrEqual(12);
    expect(release.terms.length).toBeGreaterThanOrEqual(60);
  });

  it('has at least 260 milestones from 2004 on and at least 220 distinct sources', () => {
    expect(release.milestones.length).toBeGreaterThanOrEqual(260);
    expect(release.milestones.some((milestone) => milestone.date <= '2004-12-31')).toBe(true);
    expect(new Set(release.sources.map((source) => source.id)).size).toBeGreaterThanOrEqual(220);
  });

  it('dates and sources every status and figure, and cites every source it lists', () => {
    const cited = new Set<string>();
    for (const term of release.terms) {
      expect(term.status.asOf, term.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(term.status.sources.length, term.id).toBeGreaterThan(0);
      term.status.sources.forEach((id) => cited.add(id));
      for (const figure of term.figures) {
        expect(figure.sources.length, `${term.id} figure`).toBeGreaterThan(0);
        figure.sources.forEach((id) => cited.add(id));
      }
    }
    for (const milestone of release.milestones) {
      milestone.sources.forEach((id) => cited.add(id));
      milestone.promised?.sources.forEach((id) => cited.add(id));
    }
    expect(release.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('gives every source a title, a publisher, a date, and an https URL or a seed file that exists', () => {
    const seedsDir = path.resolve(ROOT, '../shared/seeds');
    for (const source of release.sources) {
      expect(source.title.trim(), source.id).not.toBe('');
      expect(source.publisher.trim(), source.id).not.toBe('');
      if (source.url) expect(new URL(source.url).protocol, source.id).toBe('https:');
      else if (existsSync(seedsDir)) expect(existsSync(path.join(seedsDir, source.seed!)), source.id).toBe(true);
    }
  });

  it('keeps the core programmes current: statuses from 2025 or later', () => {
    for (const id of CORE) {
      const term = release.terms.find((candidate) => candidate.id === id)!;
      expect(term.status.asOf >= '2025-01-01', `${id} asOf ${term.status.asOf}`).toBe(true);
    }
  });

  it('marks future milestones as planned and never leaves a past one planned', () => {
    const publishedDay = release.publishedAt.slice(0, 10);
    for (const milestone of release.milestones) {
      if (earliestDay(milestone.date) > publishedDay) expect(milestone.kind, milestone.id).toBe('planned');
      if (milestone.kind === 'planned') expect(latestDay(milestone.date) >= publishedDay, milestone.id).toBe(true);
      if (milestone.kind === 'done') expect(earliestDay(milestone.date) <= publishedDay, milestone.id).toBe(true);
    }
  });

  it('records slipped plans with both dates: the one promised (sourced) and the real or current one', () => {
    const today = release.publishedAt.slice(0, 10);
    const slips = release.milestones.filter((milestone) => isSlip(milestone, today));
    expect(slips.length).toBeGreaterThanOrEqual(10);
    for (const milestone of slips) expect(milestone.promised!.sources.length, milestone.id).toBeGreaterThan(0);
    // Ségur numérique's second wave, announced for the end of 2023, opened in February 2025.
    expect(slips.some((milestone) => milestone.terms.includes('segur-vague-2') && milestone.date.startsWith('2025-02'))).toBe(true);
  });

  it('writes French and English everywhere, and says what each ambiguous alias also means', () => {
    for (const term of release.terms) {
      for (const text of [term.names, term.summary, term.status.summary]) {
        expect(text.fr.trim(), term.id).not.toBe('');
        expect(text.en.trim(), term.id).not.toBe('');
        // A sentence left untranslated would show French to English readers.
        if (text.fr.length > 40) expect(text.en, `${term.id}: English is a copy of the French`).not.toBe(text.fr);
      }
      for (const alias of term.aliases) {
        if (alias.ambiguousWith) expect(alias.ambiguousWith.every((meaning) => meaning.trim().length > 2), term.id).toBe(true);
      }
    }
    const acronyms = ['ENS', 'DNS', 'ROR', 'CNS', 'DMP', 'PSIG', 'ANS'];
    const aliases = release.terms.flatMap((term) => term.aliases);
    for (const acronym of acronyms) {
      const alias = aliases.find((candidate) => candidate.text === acronym);
      expect(alias?.ambiguousWith?.length ?? 0, acronym).toBeGreaterThan(0);
    }
  });

  it('names what replaced each replaced programme', () => {
    for (const term of release.terms.filter((candidate) => candidate.status.phase === 'replaced')) {
      expect(term.replacedBy, term.id).toBeDefined();
    }
  });
});
