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
}

export interface FieldMap<K extends string = string> {
  fields: FieldSpec<K>[];
  /** Fields without which a row of labels is not a header (e.g. 姓名). */
  required: K[];
  /** At least this many recognised columns make a header row. */
  minColumns: number;
}

export function labelMatches(spec: FieldSpec, label: string, group: string | null): boolean {
  const l = squeezeLabel(label);
  if (!spec.labels.some((x) => squeezeLabel(x) === l)) return false;
  if (!spec.under) return true;
  const g = group === null ? null : squeezeLabel(group);
  return spec.under.some((u) => (u === null ? g === null : squeezeLabel(u) === g));
}
