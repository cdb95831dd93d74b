/**
 * A worksheet name Excel and WPS accept, made from free text (a person's name): at most 31
 * characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not the reserved
 * “History”, and unique among `used` ignoring case (as Excel compares them). Adds it to `used`.
 */
export function sheetNameFor(text: string, used: Set<string>): string {
  const base =
    text
      .replace(/[:\\/?*[\]]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 28) || '未命名';
  let name = base.toLowerCase() === 'history' ? `${base}_` : base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 25)}(${n})`;
  used.add(name.toLowerCase());
  return name;
}
