/**
 * npm run dataset:build -- --out FILE
 * Validates `data/` and writes one release JSON (what the extension bundles
 * and what `dataset:release` signs).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildReleaseFromDataDir, DatasetError, serializeRelease } from './lib/build-release';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: npm run dataset:build -- --out FILE');
  process.exit(2);
}

try {
  const release = await buildReleaseFromDataDir();
  const out = path.resolve(values.out);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, serializeRelease(release));
  console.log(
    `dataset ${release.version}: ${release.terms.length} terms, ${release.milestones.length} milestones, ` +
      `${release.sources.length} sources, ${release.hash} → ${out}`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(1);
}
