/** JSON that may be missing or broken (a hand-edited file, a torn log line) reads as null, never throws. */
export function parseJsonOrNull(text: string | undefined): unknown {
  if (text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
