import { squeezeLabel } from '../text/normalize';

/**
 * How a sheet kind's columns are recognised: each field lists the header labels that mean it
 * (padding and line breaks removed before comparing), and optionally the group header above it
 * in a two-row header (全日制教育 → 学历). A new sheet kind is a field map plus a row schema.
 */
export interface FieldSpec<K extends string = string> {
  key: K;
  /** The label used in messages and in exports. */
  label: string;
  /** Accepted header texts, e.g. ['身份证号', '身份证号码', '公民身份号码']. */
  labels: string[];
  /**
   * When set, the field is only recognised under one of these group headers of a two-row
   * header; null stands for "no group" (a one-row header).
   */
  under?: (string | null)[];
  /** A column the clerk mapped to this field: it takes the field before any column matched by label. */
  chosen?: boolean;
}

export interface FieldMap<K extends string = string> {
  fields: FieldSpec<K>[];
  /** Fields without which a row of labels is not a header (e.g. 姓名). */
  required: K[];
  /** At least this many recognised columns make a header row. */
  minColumns: number;
}

/** A field map with its labels squeezed once, looked up by label (header detection runs per row). */
export interface CompiledFieldMap<K extends string> {
  map: FieldMap<K>;
  byLabel: Map<string, { spec: FieldSpec<K>; under: (string | null)[] | null }[]>;
  /** Every label and group label: a row with none of these cannot be a header. */
  words: Set<string>;
}

/** How labels are compared: without padding, ASCII and full-width parentheses alike (学历(全日制) = 学历（全日制）). */
export function labelKey(label: string): string {
  return squeezeLabel(label).replace(/\(/g, '（').replace(/\)/g, '）');
}

const compiled = new WeakMap<FieldMap<string>, CompiledFieldMap<string>>();

export function compileFieldMap<K extends string>(map: FieldMap<K>): CompiledFieldMap<K> {
  const hit = compiled.get(map);
  if (hit) return hit as CompiledFieldMap<K>;
  const byLabel = new Map<string, { spec: FieldSpec<K>; under: (string | null)[] | null }[]>();
  const words = new Set<string>();
  for (const spec of map.fields) {
    const under = spec.under ? spec.under.map((u) => (u === null ? null : labelKey(u))) : null;
    for (const u of under ?? []) if (u) words.add(u);
    for (const label of spec.labels) {
      const key = labelKey(label);
      words.add(key);
      byLabel.set(key, [...(byLabel.get(key) ?? []), { spec, under }]);
    }
  }
  const result: CompiledFieldMap<K> = { map, byLabel, words };
  compiled.set(map, result as CompiledFieldMap<string>);
  return result;
}

/** The specs a header label stands for under a group (null = none), in the map's order. */
export function specsFor<K extends string>(c: CompiledFieldMap<K>, label: string, group: string | null): FieldSpec<K>[] {
  const g = group === null ? null : labelKey(group);
  return (c.byLabel.get(labelKey(label)) ?? []).filter((x) => x.under === null || x.under.includes(g)).map((x) => x.spec);
}
