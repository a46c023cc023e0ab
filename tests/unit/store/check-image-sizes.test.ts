import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImageSizes, isValid } from '../../../scripts/store/check-image-sizes';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('checkImageSizes', () => {
  it('reads a PNG’s real size from its header and accepts only the exact size asked for', async () => {
    const icon = path.join(ROOT, 'public/icon/128.png');
    const [exact, wrong] = await checkImageSizes([
      { file: icon, expected: { width: 128, height: 128 } },
      { file: icon, expected: { width: 1280, height: 800 } },
    ]);
    expect(exact).toMatchObject({ type: 'png', actual: { width: 128, height: 128 } });
    expect(isValid(exact!)).toBe(true);
    expect(isValid(wrong!)).toBe(false);
  });

  it('refuses a file that is not an image, and one that is missing', async () => {
    const checks = await checkImageSizes([
      { file: path.join(ROOT, 'package.json'), expected: { width: 440, height: 280 } },
      { file: path.join(ROOT, 'no-such-image.png'), expected: { width: 440, height: 280 } },
    ]);
    expect(checks.map((check) => check.actual)).toEqual([null, null]);
    expect(checks.some(isValid)).toBe(false);
  });
});
