import { checkRelease } from '../../utils/dataset/check-release';
import type { VerifiedRelease } from '../../utils/adapters/storage/release-slots';
import type { Release } from '../../utils/dataset/schema';

/** A release as the checker hands it to the install step: checked, with its file and lookup view. */
export async function verifiedOf(release: Release, text = JSON.stringify(release)): Promise<VerifiedRelease> {
  const bytes = new TextEncoder().encode(text);
  const checked = await checkRelease({ bytes, trustedKeys: [], requireSignature: false });
  if (checked.status !== 'verified') throw new Error(checked.status);
  return { head: checked.head, file: new Blob([bytes], { type: 'application/json' }), lookups: checked.lookups };
}
