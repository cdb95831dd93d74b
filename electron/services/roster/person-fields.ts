import type { FieldIssue } from '../../../shared/api/result';
import type { OrgData } from '../../../shared/domain/org';
import type { Person, PersonFields } from '../../../shared/domain/person';
import { checkIdNumber, crossCheckIdNumber, maskIdNumber } from '../../../shared/text/id-card';
import { unitLabel } from '../../../shared/domain/unit';
import { rejected } from '../app-error';

type FieldsInput = Omit<PersonFields, 'idNumber'> & { idNumber?: string | null };

/**
 * Checks and completes a person's fields: 身份证号 checksum (GB 11643), its agreement with
 * 出生年月 and 性别 (filled from the ID when left blank), and uniqueness of the ID in the roster.
 * `idNumber` undefined keeps the stored one (forms only ever show it masked).
 */
export function checkPersonFields(org: OrgData, input: FieldsInput, existing: Person | null): PersonFields {
  const issues: FieldIssue[] = [];
  const fields: PersonFields = { ...input, idNumber: input.idNumber === undefined ? (existing?.idNumber ?? null) : input.idNumber };
  for (const key of Object.keys(fields) as (keyof PersonFields)[]) {
    const v = fields[key];
    if (typeof v === 'string' && v.trim() === '' && key !== 'name') (fields as Record<string, unknown>)[key] = null;
  }
  if (fields.idNumber) {
    const checked = checkIdNumber(fields.idNumber);
    if (!checked.ok) {
      issues.push({ path: 'fields.idNumber', message: checked.message });
    } else {
      fields.idNumber = checked.id;
      fields.birth ??= checked.birth;
      fields.gender ??= checked.gender;
      for (const message of crossCheckIdNumber(checked.id, { birth: fields.birth, gender: fields.gender })) {
        issues.push({ path: message.includes('性别') ? 'fields.gender' : 'fields.birth', message });
      }
      const twin = org.people.find((p) => p.idNumber === checked.id && p.id !== existing?.id);
      if (twin) {
        issues.push({
          path: 'fields.idNumber',
          message: `身份证号 ${maskIdNumber(checked.id)} 已登记在 ${twin.name}（${unitLabel(org.units, twin.unitId)}）名下，同一人不能重复登记。`,
        });
      }
    }
  }
  if (issues.length)
    throw rejected(`“${fields.name}”的信息有 ${issues.length} 处需要修改：${issues.map((i) => i.message).join('；')}`, issues);
  return fields;
}
