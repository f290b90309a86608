/**
 * Integer feature hashing. A feature is a template id mixed with the integer attributes it looks at
 * (word hashes, tag ids, distances): no feature strings are ever built on the hot path.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: cheap, stable across runs and platforms, good enough as a hash seed. */
export function hashString(text: string, seed: number = FNV_OFFSET): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** The hash of `text.slice(start, end)` without building the substring. */
export function hashRange(text: string, start: number, end: number, seed: number = FNV_OFFSET): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/**
 * The hash of a span with each code unit first mapped through `table` (case, diacritics or typography
 * folded, as the caller's table says): one hash for "Etat", "état" and "ÉTAT" without building a string.
 */
export function hashMapped(text: string, start: number, end: number, table: Uint16Array, seed: number = FNV_OFFSET): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ table[text.charCodeAt(i)], FNV_PRIME);
  return h | 0;
}

/**
 * Combines a running hash with one more integer (murmur3's finaliser over a multiply-xor), so that
 * mix(mix(t, a), b) differs from mix(mix(t, b), a) and nearby integers spread over the whole table.
 */
export function mix(h: number, value: number): number {
  let x = Math.imul(h ^ 0x9e3779b9, 0x85ebca6b) ^ value;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) | 0;
}

export const mix2 = (template: number, a: number) => mix(mix(template, a), 0x2f);
export const mix3 = (template: number, a: number, b: number) => mix(mix(mix(template, a), b), 0x3f);
export const mix4 = (template: number, a: number, b: number, c: number) => mix(mix(mix(mix(template, a), b), c), 0x4f);
