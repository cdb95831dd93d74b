import type { FieldMap, FieldSpec } from '../excel/field-map';
import { labelKey } from '../excel/field-map';

/**
 * Columns the clerk mapped to fields: header text (as the preview lists it: “统计关系所在单位”, or
 * “全日制教育/学历” under a group) → field key. Remembered by header text for the next import.
 */
export type ColumnMapping = Record<string, string>;

/** The fields a column can be mapped to: each field of the map once, with its label. */
export function fieldChoices<K extends string>(map: FieldMap<K>): { key: K; label: string }[] {
  const seen = new Set<K>();
  return map.fields.filter((f) => !seen.has(f.key) && seen.add(f.key)).map((f) => ({ key: f.key, label: f.label }));
}

/**
 * The map with the clerk's columns added in front, so a mapped header is read as its field before
 * any built-in label. Mappings to keys the map does not have are left out.
 */
export function withClerkColumns<K extends string>(map: FieldMap<K>, mapping: ColumnMapping | undefined): FieldMap<K> {
  const entries = Object.entries(mapping ?? {}).filter(([label, key]) => label.trim() && map.fields.some((f) => f.key === key));
  if (entries.length === 0) return map;
  const extra: FieldSpec<K>[] = entries.map(([label, key]) => {
    const field = map.fields.find((f) => f.key === key)!;
    const slash = label.lastIndexOf('/');
    return slash > 0
      ? { key: key as K, label: field.label, labels: [label.slice(slash + 1)], under: [label.slice(0, slash)], chosen: true }
      : { key: key as K, label: field.label, labels: [label], under: [null], chosen: true };
  });
  return { ...map, fields: [...extra, ...map.fields] };
}

/** The header texts a mapping covers (a column set to “not used” too), compared as the tables compare them. */
export function mappedLabels(mapping: ColumnMapping | undefined): Set<string> {
  return new Set(Object.keys(mapping ?? {}).map(labelKey));
}

/** The mapping a preview uses: the remembered one with this preview's choices over it ('' = no field). */
export function effectiveMapping(remembered: ColumnMapping, chosen: ColumnMapping | undefined): ColumnMapping {
  return { ...remembered, ...(chosen ?? {}) };
}

/** The remembered mapping after an import: this import's choices kept, a column set to '' forgotten. */
export function rememberMapping(remembered: ColumnMapping, chosen: ColumnMapping | undefined): ColumnMapping {
  const next = { ...remembered };
  for (const [label, key] of Object.entries(chosen ?? {})) {
    if (key) next[label] = key;
    else delete next[label];
  }
  return next;
}

/**
 * A mapping written by hand (CLI --map, a mapping file): pairs of header text and field, the field
 * by its label (备注) or key (note); '' or 不导入 for “not used”. Throws a sentence naming the pair.
 */
export function mappingFromPairs(pairs: [string, string][], choices: readonly { key: string; label: string }[]): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [label, field] of pairs) {
    const header = label.trim();
    const wanted = field.trim();
    if (!header) throw new Error(`“=${field}”缺少表头文字`);
    if (wanted === '' || wanted === '不导入') {
      out[header] = '';
      continue;
    }
    const hit = choices.find((c) => c.key === wanted || c.label === wanted);
    if (!hit) throw new Error(`“${header}=${field}”：没有名为“${field}”的字段（可用：${choices.map((c) => c.label).join('、')}）`);
    out[header] = hit.key;
  }
  return out;
}
