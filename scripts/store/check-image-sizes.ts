import { readFile } from 'node:fs/promises';
import { imageSize } from 'image-size';
import type { ImageSize } from './store-requirements';

export interface ImageCheck {
  file: string;
  expected: ImageSize;
  actual: ImageSize | null;
  type: string | null;
}

/**
 * Reads each written image's own header (image-size: a small reader of
 * image headers, no decoding) and compares its type and size with what the
 * store asks for. What Playwright was told to capture is not taken on
 * trust: the file is what gets uploaded.
 */
export async function checkImageSizes(images: { file: string; expected: ImageSize }[]): Promise<ImageCheck[]> {
  return Promise.all(
    images.map(async ({ file, expected }) => {
      try {
        const { width, height, type } = imageSize(await readFile(file));
        return { file, expected, actual: { width, height }, type: type ?? null };
      } catch {
        return { file, expected, actual: null, type: null };
      }
    }),
  );
}

export function isValid(check: ImageCheck): boolean {
  return check.type === 'png' && check.actual?.width === check.expected.width && check.actual.height === check.expected.height;
}
