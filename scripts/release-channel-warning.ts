/**
 * Run by `npm run zip` before packaging: reads data/release-channel.json
 * (the default update address and trusted keys the build ships) and warns,
 * loudly but without stopping, when it is empty, since a package built so
 * never updates its dataset by itself. A channel the extension would refuse
 * stops the zip.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReleaseChannel, releaseChannelWarnings } from '../utils/dataset/release-channel';

const file = path.resolve(import.meta.dirname, '../data/release-channel.json');
try {
  const warnings = releaseChannelWarnings(parseReleaseChannel(JSON.parse(await readFile(file, 'utf8'))));
  if (warnings.length > 0) {
    console.warn(`\n⚠ Release channel (${path.relative(process.cwd(), file)}):`);
    for (const warning of warnings) console.warn(`  - ${warning}`);
    console.warn('  See README, "Publishing a dataset update". Packaging anyway.\n');
  }
} catch (error) {
  console.error(`✖ ${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
  process.exit(1);
}
