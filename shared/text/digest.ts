/**
 * A short, stable digest of a text (two cyrb53 lanes, 26 hex digits): what a confirmation or a
 * grading result keeps to tell later whether the thing it was about is still the same. Not a
 * security hash — `shared/` has no crypto — only a change detector that cannot be fooled by chance.
 */
export function digest(text: string): string {
  return lane(text, 0x9e3779b9).padStart(14, '0') + lane(text, 0x85ebca6b).padStart(12, '0').slice(-12);
}

function lane(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
