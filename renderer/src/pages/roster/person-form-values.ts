import type { Input, PersonDetail } from '@shared/api/contract';
import { EMPTY_PERSON_FIELDS, type PersonFields } from '@shared/domain/person';

type FieldKey = keyof PersonFields;

/** What the person form holds: every field as text ('' = empty), plus the unit of a new person. */
export interface PersonFormValues {
  unitId?: string;
  fields: Record<FieldKey, string | undefined>;
}

const KEYS = Object.keys(EMPTY_PERSON_FIELDS) as FieldKey[];

export function toFormValues(detail: PersonDetail | undefined, unitId: string | undefined): PersonFormValues {
  const fields = {} as PersonFormValues['fields'];
  // The stored 身份证号 never reaches the form: empty means “keep it”.
  for (const k of KEYS) fields[k] = k === 'idNumber' ? undefined : (detail?.fields[k] ?? undefined);
  return { unitId, fields };
}

/** Form text → the contract: trimmed, '' → null; for an existing person an empty 身份证号 is left out (kept). */
export function toSaveInput(values: PersonFormValues, personId: string | undefined): Input<'people:save'> {
  const fields = { ...EMPTY_PERSON_FIELDS } as Record<FieldKey, string | null>;
  for (const k of KEYS) {
    const v = values.fields[k]?.trim() ?? '';
    fields[k] = v === '' ? null : v;
  }
  const typed = { ...fields, name: fields.name ?? '' } as PersonFields;
  if (personId) return { id: personId, fields: { ...typed, idNumber: fields.idNumber ?? undefined } };
  return { unitId: values.unitId, fields: typed };
}
