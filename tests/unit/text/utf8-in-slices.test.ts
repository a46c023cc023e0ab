import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeSlicer } from '../../../utils/scheduling/time-slicer';
import { decodeUtf8InSlices, encodeUtf8InSlices, Utf8Builder } from '../../../utils/text/utf8-in-slices';

const everyPiece = () => new TimeSlicer(0, () => Promise.resolve());

describe('UTF-8 a piece at a time', () => {
  it('gives the bytes and text of TextEncoder and TextDecoder, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 3000 }), async (word, repeat) => {
        // Long enough to be cut into several pieces, cuts falling inside multi-byte characters and surrogate pairs.
        const text = word.repeat(repeat);
        const bytes = await encodeUtf8InSlices(text, everyPiece());
        expect(bytes).toEqual(new TextEncoder().encode(text));
        expect(await decodeUtf8InSlices(bytes, everyPiece())).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 25 },
    );
  });

  it('cuts a 1 MB text into pieces, pausing between them', async () => {
    const slicer = everyPiece();
    const text = 'Ségur numérique 😀 '.repeat(60_000);
    const bytes = await encodeUtf8InSlices(text, slicer);
    expect(slicer.yields).toBeGreaterThan(5);
    expect(await decodeUtf8InSlices(bytes, slicer)).toBe(text);
  });

  it('replaces invalid bytes as TextDecoder does, instead of failing', async () => {
    const broken = new Uint8Array([0x7b, 0xff, 0xc3, 0x7d]);
    expect(await decodeUtf8InSlices(broken, everyPiece())).toBe(new TextDecoder().decode(broken));
  });

  it('builds one buffer from many appends', () => {
    const builder = new Utf8Builder();
    const parts = Array.from({ length: 5000 }, (_, index) => `é${index}’`);
    for (const part of parts) builder.append(part);
    expect(builder.bytes()).toEqual(new TextEncoder().encode(parts.join('')));
  });
});
