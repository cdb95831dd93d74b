import type { GradingView } from '../../shared/api/appraisal-schemas';
import { pickAll } from './names';
import { Refusal } from './refusal';

/**
 * `period tie 周期 --keep 姓名…`: the pool whose undecided tie holds the people named (or the
 * one named by --pool), and their ids. Names are looked up among that tie's people only.
 */
export function tieByName(
  view: Pick<GradingView, 'pools' | 'outcomes'>,
  keep: string[],
  pool?: string,
): { poolKey: string; keep: string[] } {
  const open = view.pools.filter((p) => p.tie);
  if (open.length === 0) throw new Refusal('REJECTED', '这一期没有需要决定的同分情况（请先运行评定：period grade）。');
  const nameOf = new Map(view.outcomes.map((o) => [o.personId, o.name]));
  const candidates = pool
    ? open.filter((p) => p.label === pool || p.key === pool)
    : open.filter((p) => keep.every((k) => p.tie!.personIds.some((id) => id === k || nameOf.get(id) === k)));
  if (candidates.length === 0)
    throw new Refusal(
      'REJECTED',
      `${pool ? `名额池“${pool}”没有待决定的同分` : `“${keep.join('、')}”不在同一个待决定的同分名单中`}。待决定的有：${open
        .map((p) => `${p.label}（${p.tie!.personIds.map((id) => nameOf.get(id)).join('、')}，剩余 ${p.tie!.seatsLeft} 个名额）`)
        .join('；')}。`,
    );
  if (candidates.length > 1)
    throw new Refusal('REJECTED', `这些人出现在几个名额池的同分名单中，请用 --pool 指明：${candidates.map((p) => p.label).join('、')}。`);
  const chosen = candidates[0];
  const people = chosen.tie!.personIds.map((id) => ({ id, name: nameOf.get(id) ?? id, where: chosen.label }));
  return { poolKey: chosen.key, keep: pickAll(people, keep, `${chosen.label}同分名单中的人`).map((p) => p.id) };
}
