/**
 * npm run dataset:check
 * Validates `data/` exactly as the build does and prints every problem with
 * its file and field, or a one-line summary when all is well.
 */
import { buildReleaseFromDataDir, DatasetError } from './lib/build-release';

try {
  const release = await buildReleaseFromDataDir({ checkEvidence: true });
  console.log(
    `data/ is valid: ${release.terms.length} terms, ${release.milestones.length} milestones, ${release.sources.length} sources`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(1);
}
