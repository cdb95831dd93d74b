import type { PeopleQuery, PersonRow } from '../../../shared/api/contract';
import { PeopleQuerySchema } from '../../../shared/api/contract';
import { unitSubtree } from '../../../shared/domain/unit';
import { unratedPeople } from '../../../shared/domain/unrated';
import { nameMatches } from '../../../shared/text/pinyin';
import { sortByStroke } from '../../../shared/text/stroke-order';
import { personRow } from './people';
import { type ReadContext } from '../context';
import { todayIso } from '../clock';

/** The roster as a clerk filters it (name, 拼音首字母 or the 身份证号's last digits); ordered 按姓氏笔画 (DOMAIN.md §6), never by pinyin. */
export function listPeople(ctx: ReadContext, query: PeopleQuery): PersonRow[] {
  const q = PeopleQuerySchema.parse(query);
  const org = ctx.view.org();
  const units = q.unitId ? (q.includeSubunits ? unitSubtree(org.units, q.unitId) : new Set([q.unitId])) : null;
  const search = q.search.toUpperCase();
  const matches = org.people.filter(
    (p) =>
      (!units || units.has(p.unitId)) &&
      (q.statuses.length === 0 || q.statuses.includes(p.status)) &&
      (q.establishments.length === 0 || (p.establishment !== null && q.establishments.includes(p.establishment))) &&
      (q.categories.length === 0 || (p.category !== null && q.categories.includes(p.category))) &&
      (!search || nameMatches(p.name, search) || (search.length >= 4 && (p.idNumber?.endsWith(search) ?? false))),
  );
  const today = todayIso();
  const unrated = unratedPeople(org, today);
  return sortByStroke(matches, (p) => p.name).map((p) => personRow(org, p, today, unrated));
}
