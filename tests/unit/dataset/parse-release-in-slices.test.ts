import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { canonicalJson, canonicalJsonBytesInSlices } from '../../../utils/dataset/canonical-json';
import { parseReleaseInSlices } from '../../../utils/dataset/parse-release-in-slices';
import { ReleaseSchema, type Release } from '../../../utils/dataset/schema';
import { TimeSlicer } from '../../../utils/scheduling/time-slicer';
import { sampleRelease } from '../../support/sample-release';

/** Gives way after every record, so a test sees every pause. */
const everyRecord = () => new TimeSlicer(0, () => Promise.resolve());

let bundled: Release;
beforeAll(async () => {
  bundled = await buildReleaseFromDataDir();
});

// The mutations break the release's types on purpose: a loose type says so once.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BrokenRelease = Record<string, any>;
type Mutation = [string, (release: BrokenRelease) => void];
// One broken rule of each kind: outline, each record schema, cross-record references.
const mutations: Mutation[] = [
  ['schema version', (release) => (release.schemaVersion = 99)],
  ['an unknown top-level field', (release) => (release.extra = true)],
  ['a malformed hash', (release) => (release.hash = 'md5:0')],
  ['terms not a list', (release) => (release.terms = {})],
  ['no sources at all', (release) => (release.sources = [])],
  ['a term without aliases', (release) => (release.terms[1].aliases = [])],
  ['a term with a javascript: homepage', (release) => (release.terms[0].homepage = 'javascript:alert(1)')],
  ['a milestone dated 2026-02-30', (release) => (release.milestones[1].date = '2026-02-30')],
  ['a source with a data: URL', (release) => (release.sources[1].url = 'data:text/html,<b>x</b>')],
  ['a record that is not an object', (release) => (release.milestones[0] = 'milestone')],
  ['a reference to a missing source', (release) => (release.terms[1].status.sources = ['nowhere'])],
  ['two terms with one id', (release) => (release.terms[1].id = release.terms[0].id)],
];

describe('checking a release a slice at a time', () => {
  it('gives the same release as the schema, and pauses as it goes', async () => {
    const slicer = everyRecord();
    const sliced = await parseReleaseInSlices(structuredClone(bundled), slicer);
    expect(sliced).toEqual({ success: true, data: ReleaseSchema.parse(structuredClone(bundled)) });
    expect(slicer.yields).toBe(bundled.terms.length + bundled.milestones.length + bundled.sources.length);
  });

  it.each(mutations)('refuses %s where the schema does, at the same place', async (_name, mutate) => {
    const release: BrokenRelease = structuredClone(await sampleRelease());
    mutate(release);
    const whole = ReleaseSchema.safeParse(release);
    const sliced = await parseReleaseInSlices(release, everyRecord());
    expect(whole.success).toBe(false);
    expect(sliced.success).toBe(false);
    const paths = whole.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain(sliced.success ? '' : sliced.issue.path.join('.'));
  });

  it('refuses what is not a release at all', async () => {
    for (const input of [null, 42, 'release', [], {}]) {
      expect((await parseReleaseInSlices(input, everyRecord())).success).toBe(false);
    }
  });
});

describe('canonical JSON a slice at a time', () => {
  it('writes exactly the bytes of the one-go version', async () => {
    const slicer = everyRecord();
    const encode = (value: unknown) => new TextEncoder().encode(canonicalJson(value));
    expect(await canonicalJsonBytesInSlices(bundled, slicer)).toEqual(encode(bundled));
    expect(slicer.yields).toBeGreaterThan(bundled.terms.length);
    const odd = { b: [3, undefined, { z: 1, a: [] }], a: 'x’é😀', skipped: undefined, n: null, e: [] };
    expect(await canonicalJsonBytesInSlices(odd, everyRecord())).toEqual(encode(odd));
  });
});

describe('the time slicer', () => {
  it('gives way only once its budget of work has run', async () => {
    let pauses = 0;
    const slicer = new TimeSlicer(1_000, async () => void pauses++);
    for (let i = 0; i < 100; i++) await slicer.maybeYield();
    expect(pauses).toBe(0);
    const eager = new TimeSlicer(0, async () => void pauses++);
    await eager.maybeYield();
    expect(pauses).toBe(1);
  });
});
