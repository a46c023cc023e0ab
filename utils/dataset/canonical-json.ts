import type { TimeSlicer } from '../scheduling/time-slicer';
import { Utf8Builder } from '../text/utf8-in-slices';

/**
 * JSON with object keys sorted at every level, so the same content always
 * gives the same bytes and therefore the same hash, whatever order a file or
 * a tool wrote its keys in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}

/**
 * The UTF-8 bytes of `canonicalJson(value)` for an object whose big parts
 * are arrays (a release), written one array item at a time with pauses
 * between slices, for the same reason as `parseReleaseInSlices`. Exactly
 * the same bytes as encoding the one-go text.
 */
export async function canonicalJsonBytesInSlices(value: Record<string, unknown>, slicer: TimeSlicer): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Utf8Builder();
  out.append('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const child = value[key];
    if (child === undefined) continue;
    out.append(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(child)) {
      out.append(canonicalJson(child));
      continue;
    }
    out.append('[');
    for (const [index, item] of child.entries()) {
      // JSON.stringify writes an undefined array item as null.
      out.append(`${index === 0 ? '' : ','}${canonicalJson(item) ?? 'null'}`);
      await slicer.maybeYield();
    }
    out.append(']');
  }
  out.append('}');
  return out.bytes();
}
