import type { FormInstance } from 'antd';
import type { FieldIssue } from '@shared/api/result';

type NamePath = (string | number)[];

/**
 * Puts the server's field issues under the matching form fields. An issue path such as
 * "fields.idNumber" or "departments.0" goes to the longest registered field that is a prefix of it.
 * Returns the issues no field could take, so the caller can show them elsewhere.
 */
export function showIssues(form: FormInstance, issues: readonly FieldIssue[]): FieldIssue[] {
  const registered = new Map<string, NamePath>(form.getFieldsError().map((f) => [f.name.join('.'), f.name]));
  const errors = new Map<string, string[]>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const parts = issue.path.split('.');
    let hit: string | undefined;
    for (let n = parts.length; n > 0 && hit === undefined; n--) {
      const key = parts.slice(0, n).join('.');
      if (registered.has(key)) hit = key;
    }
    if (hit === undefined) unmatched.push(issue);
    else errors.set(hit, [...(errors.get(hit) ?? []), issue.message]);
  }
  const fields = [...errors].map(([key, list]) => ({ name: registered.get(key)!, errors: list }));
  form.setFields(fields);
  if (fields.length) form.scrollToField(fields[0].name, { block: 'center' });
  return unmatched;
}
