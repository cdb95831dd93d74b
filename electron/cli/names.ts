import { Refusal } from './refusal';

/**
 * The CLI takes people and units by name as a clerk knows them, or by 编号: a name that is not
 * there, or that two people share, is refused with the candidates and their 编号.
 */
export interface Named {
  id: string;
  name: string;
  /** Where they are, to tell two of the same name apart. */
  where: string;
  /** Other ways to write it (a unit's full label '医疗保障事业管理中心 综合科'). */
  aliases?: string[];
}

export function pick(list: readonly Named[], wanted: string, what: string): Named {
  const byId = list.find((x) => x.id === wanted);
  if (byId) return byId;
  const matches = list.filter((x) => x.name === wanted || x.aliases?.includes(wanted));
  if (matches.length === 1) return matches[0];
  if (matches.length === 0)
    throw new Refusal('NOT_FOUND', `找不到${what}“${wanted}”（可用 ${what === '单位' ? 'units' : 'people'} 命令查看名称和编号）。`);
  throw new Refusal(
    'REJECTED',
    `有 ${matches.length} 个${what}叫“${wanted}”：${matches.map((m) => `${m.name}（${m.where}，编号 ${m.id}）`).join('、')}。请改用编号。`,
  );
}

/** Several names or 编号, comma-separated on the command line. */
export const pickAll = (list: readonly Named[], wanted: string[], what: string) => wanted.map((w) => pick(list, w, what));
