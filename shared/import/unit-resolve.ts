import type { UnitKind } from '../domain/unit';
import { cleanName, matchUnit, UnitIndex, type UnitMatch } from './unit-match';

/**
 * Where a row's unit was read from, in the order it is looked for (issue 13): a 单位/科室 column,
 * the section heading, the unit named at the start of 现任职务 / 现工作单位及职务, the sheet's name,
 * the unit the person is in now (someone already on the roster), the clerk's choice for the file.
 */
export const UNIT_SOURCES = ['column', 'heading', 'post', 'sheet', 'current', 'file'] as const;
export type UnitSource = (typeof UNIT_SOURCES)[number];
export const UNIT_SOURCE_LABELS: Record<UnitSource, string> = {
  column: '单位列',
  heading: '分段标题',
  post: '职务中的单位',
  sheet: '工作表名',
  current: '现在的单位',
  file: '导入到',
};

export interface PlaceHints {
  /** The 单位 and 科室 columns. */
  unit: string | null;
  department: string | null;
  /** The heading line of the row's section (干部名册). */
  heading: string | null;
  /** 现任职务 or 现工作单位及职务: a unit may start it (待遇保障科科长). */
  postText: string | null;
  /** The sheet's name when it reads like a unit's. */
  sheet: string | null;
  /** Someone already on the roster: their unit now. */
  currentUnitId: string | null;
}

export interface ResolvedPlace {
  match: UnitMatch;
  source: UnitSource | null;
  /** When the unit was read from the start of the post text: the post without it (科长). */
  postRest: string | null;
}

const UNIT_SUFFIX = /(科|室|股|中心|站|所|队|处|办|院|馆)$/;
const SUBUNIT_NAME = /(中心|站|所|院|分局|队)$/;
/** What a post starts with once the unit in front of it is taken away. */
const POST_START =
  /^(副?(科长|主任|股长|站长|所长|队长|处长|院长|馆长|书记|局长)|[一二三四]级|科员|办事员|工作人员|干部|职员|会计|出纳|调研员|主任科员|专员|负责人|党支部)/;
const SEPARATORS = /^[、，,；;：:\s]+/;

/**
 * Resolves rows' units in the issue's order, caching answers: a sheet names few distinct places.
 * `fileUnitId` is the clerk's choice for the whole file (导入到 / --unit), used last.
 */
export function placeResolver(index: UnitIndex, fileUnitId: string | null) {
  const cache = new Map<string, ResolvedPlace>();
  return (hints: PlaceHints): ResolvedPlace => {
    const key = [hints.unit, hints.department, hints.heading, hints.postText, hints.sheet, hints.currentUnitId].join('\u0000');
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = resolvePlace(index, hints, fileUnitId)));
    return hit;
  };
}

export function resolvePlace(index: UnitIndex, hints: PlaceHints, fileUnitId: string | null): ResolvedPlace {
  const post = cleanName(hints.postText);
  if (hints.unit || hints.department) return refine(index, matchUnit(index, hints), 'column', post);
  if (hints.heading) return refine(index, matchUnit(index, { unit: null, department: null, heading: hints.heading }), 'heading', post);
  const named = post ? readPrefix(index, post) : null;
  if (named) return { match: named.match, source: 'post', postRest: named.rest };
  const fallbacks: [UnitSource, UnitMatch | null][] = [
    ['sheet', hints.sheet ? matchUnit(index, { unit: null, department: null, heading: hints.sheet }) : null],
    ['current', hints.currentUnitId ? { kind: 'existing', unitId: hints.currentUnitId } : null],
    ['file', fileUnitId && index.active.some((u) => u.id === fileUnitId) ? { kind: 'existing', unitId: fileUnitId } : null],
  ];
  for (const [source, match] of fallbacks) if (match) return refine(index, match, source, post);
  if (post && index.bureau) {
    const guess = guessedPrefix(post);
    if (guess) return { match: newUnder(index.bureau.id, 'bureau', guess.name), source: 'post', postRest: guess.rest };
  }
  return {
    match: {
      kind: 'error',
      message: post
        ? `找不到单位：表中没有单位列和分段标题，“${hints.postText}”的开头也不是单位名称。请在预览上方选择“导入到”的单位，或在表中加上“单位”列`
        : '找不到单位：表中没有单位列和分段标题。请在预览上方选择“导入到”的单位，或在表中加上“单位”列',
    },
    source: null,
    postRest: null,
  };
}

/**
 * A unit found another way may be narrowed by the post: heading 局机关 + 待遇保障科科长 is the
 * 待遇保障科; heading 医疗保障事业管理中心 + 结算科科长 is a 结算科 of that 中心 (new when there is none).
 * A post naming a unit elsewhere leaves the unit as found and the post as written.
 */
function refine(index: UnitIndex, base: UnitMatch, source: UnitSource, post: string | null): ResolvedPlace {
  const plain = { match: base, source, postRest: null };
  if (!post || base.kind === 'error') return plain;
  if (base.kind === 'new') {
    const last = base.chain[base.chain.length - 1];
    const guess = last.kind === 'department' ? null : guessedPrefix(post);
    if (!guess) return plain;
    return { match: { ...base, chain: [...base.chain, { name: guess.name, kind: 'department' }] }, source: 'post', postRest: guess.rest };
  }
  const named = readPrefix(index, post);
  if (named) {
    const inside = named.match.kind === 'existing' ? named.match.unitId : named.match.kind === 'new' ? named.match.parentId : null;
    if (!inside || !index.within(inside, base.unitId)) return plain;
    const same = named.match.kind === 'existing' && named.match.unitId === base.unitId;
    return { match: named.match, source: same ? source : 'post', postRest: named.rest };
  }
  const unit = index.active.find((u) => u.id === base.unitId)!;
  const guess = unit.kind === 'department' ? null : guessedPrefix(post);
  return guess ? { match: newUnder(unit.id, unit.kind, guess.name), source: 'post', postRest: guess.rest } : plain;
}

function newUnder(parentId: string, parentKind: UnitKind, name: string): UnitMatch {
  return { kind: 'new', parentId, chain: [{ name, kind: parentKind === 'bureau' && SUBUNIT_NAME.test(name) ? 'subunit' : 'department' }] };
}

/**
 * The unit a post starts with: the longest known unit name, then inside it a known 科室 or one to
 * propose (XX市医疗保障局组织人事科科长 → 组织人事科; 医疗保障事业管理中心结算科科员 → a new 结算科).
 */
function readPrefix(index: UnitIndex, post: string): { match: UnitMatch; rest: string } | null {
  const known = knownPrefix(index, post);
  return known ? deepen(index, known.unitId, known.rest) : null;
}

function deepen(index: UnitIndex, unitId: string, rest: string): { match: UnitMatch; rest: string } {
  const unit = index.active.find((u) => u.id === unitId)!;
  const here = { match: { kind: 'existing', unitId } as UnitMatch, rest };
  if (unit.kind === 'department') return here;
  const inner = knownPrefix(index, rest);
  if (inner && inner.unitId !== unitId && index.within(inner.unitId, unitId)) return deepen(index, inner.unitId, inner.rest);
  const guess = guessedPrefix(rest);
  return guess ? { match: newUnder(unitId, unit.kind, guess.name), rest: guess.rest } : here;
}

/** The longest known unit name the post starts with, and the post after it. */
function knownPrefix(index: UnitIndex, post: string): { unitId: string; rest: string } | null {
  for (const text of new Set([post, index.withoutPlace(post)])) {
    for (const name of index.prefixes) {
      if (text.length <= name.length || !text.startsWith(name)) continue;
      const rest = text.slice(name.length).replace(SEPARATORS, '');
      if (!rest) continue;
      const match = matchUnit(index, { unit: name, department: null, heading: null });
      if (match.kind === 'existing') return { unitId: match.unitId, rest };
    }
  }
  return null;
}

/** A unit the roster does not know yet at the start of a post: 结算科 of 结算科科长, 办公室 of 办公室主任. */
export function guessedPrefix(post: string): { name: string; rest: string } | null {
  for (let i = 2; i < Math.min(post.length, 21); i++) {
    const name = post.slice(0, i);
    const rest = post.slice(i);
    if (UNIT_SUFFIX.test(name) && POST_START.test(rest)) return { name, rest };
  }
  return null;
}
