import type { TimeSlicer } from '../scheduling/time-slicer';

/**
 * UTF-8 encoding and decoding of megabytes of text, a piece at a time with
 * pauses (see TimeSlicer): one `encode`/`decode` of a 2 MB release holds the
 * background's thread for tens of milliseconds on a slow machine.
 */

/** How much text is converted between two chances to pause. */
const PIECE = 128 * 1024;

const encoder = new TextEncoder();

/** Collects UTF-8 bytes from appended strings into one growing buffer. */
export class Utf8Builder {
  private buffer = new Uint8Array(64 * 1024);
  private length = 0;

  append(text: string): void {
    // A UTF-16 code unit never needs more than 3 bytes of UTF-8.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.slice(0, this.length);
  }
}

export async function encodeUtf8InSlices(text: string, slicer: TimeSlicer): Promise<Uint8Array<ArrayBuffer>> {
  const builder = new Utf8Builder();
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + PIECE, text.length);
    // Never cut between the two halves of a surrogate pair (an emoji, say).
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    builder.append(text.slice(start, end));
    start = end;
    await slicer.maybeYield();
  }
  return builder.bytes();
}

export async function decodeUtf8InSlices(bytes: Uint8Array, slicer: TimeSlicer): Promise<string> {
  // In stream mode the decoder carries a character cut between two pieces over to the next.
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += PIECE) {
    pieces.push(decoder.decode(bytes.subarray(start, start + PIECE), { stream: true }));
    await slicer.maybeYield();
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
