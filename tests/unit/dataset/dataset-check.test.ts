import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import type { ReleaseContent } from '../../../utils/dataset/schema';
import { sampleContent } from '../../support/sample-release';

/**
 * `npm run dataset:check` on a small data/ folder broken on purpose: every
 * refusal names the file and the field at fault.
 */
let dataDir = '';

async function writeDataDir(mutate: (content: ReleaseContent) => void = () => {}): Promise<string> {
  const content = sampleContent();
  mutate(content);
  dataDir = await mkdtemp(path.join(tmpdir(), 'repere-data-'));
  await mkdir(path.join(dataDir, 'terms'));
  await mkdir(path.join(dataDir, 'sources'));
  await writeFile(path.join(dataDir, 'release.json'), JSON.stringify({ version: content.version, publishedAt: content.publishedAt }));
  for (const term of content.terms) {
    const milestones = content.milestones.filter((milestone) => milestone.terms[0] === term.id);
    await writeFile(path.join(dataDir, 'terms', `${term.id}.json`), JSON.stringify({ term, milestones }));
  }
  await writeFile(path.join(dataDir, 'sources', 'sample.json'), JSON.stringify(content.sources));
  return dataDir;
}

async function refusal(mutate: (content: ReleaseContent) => void): Promise<string> {
  const dir = await writeDataDir(mutate);
  try {
    await buildReleaseFromDataDir({ dataDir: dir, checkEvidence: true });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken data/ folder was accepted');
}

afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('dataset:check on a broken data/ folder', () => {
  it('accepts the intact folder', async () => {
    const release = await buildReleaseFromDataDir({ dataDir: await writeDataDir(), checkEvidence: true });
    expect(release.terms.map((term) => term.id)).toEqual(['dmp', 'ins']);
  });

  it('names the file and field of an undated status', async () => {
    const message = await refusal((content) => {
      delete (content.terms[0]!.status as Partial<ReleaseContent['terms'][0]['status']>).asOf;
    });
    expect(message).toContain(`${path.join('terms', 'ins.json')}`);
    expect(message).toMatch(/term\.status\.asOf/);
  });

  it('names the file and field of an unsourced figure', async () => {
    const message = await refusal((content) => void (content.terms[0]!.figures[0]!.sources = []));
    expect(message).toContain(path.join('terms', 'ins.json'));
    expect(message).toMatch(/term\.figures\[0\]\.sources/);
  });

  it('names the file of a source id that does not exist', async () => {
    const message = await refusal((content) => void (content.terms[1]!.status.sources = ['nowhere-2025']));
    expect(message).toContain('data/terms/dmp.json: term.status.sources.0');
    expect(message).toContain('unknown source "nowhere-2025"');
  });

  it('names the source file of a non-https URL', async () => {
    const message = await refusal((content) => void (content.sources[0]!.url = 'http://esante.gouv.fr/ins'));
    expect(message).toContain(path.join('sources', 'sample.json'));
    expect(message).toContain('expected an absolute https:// URL');
  });

  it('refuses an alias claimed by two programmes once folded as the matcher folds', async () => {
    const message = await refusal((content) => {
      content.terms[1]!.aliases.push({ text: 'Identite Nationale de Sante', caseSensitive: false });
    });
    expect(message).toContain('data/terms/ins.json: term.aliases.1.text');
    expect(message).toContain('is also claimed by "dmp"');
  });

  it('refuses an acronym claimed by another programme in a spelling the matcher treats as the same ("e-CPS" and "eCPS")', async () => {
    const message = await refusal((content) => {
      content.terms[0]!.aliases.push({ text: 'e-CPS', caseSensitive: true });
      content.terms[1]!.aliases.push({ text: 'eCPS', caseSensitive: true });
    });
    expect(message).toContain('is also claimed by');
  });

  it('names the term file and milestone of a broken evidence rule', async () => {
    const message = await refusal((content) => void (content.milestones[0]!.date = '2025-12'));
    expect(message).toContain('data/terms/ins.json: milestones[id=ins-mandatory].sources');
    expect(message).toContain('every source predates it');
  });
});
