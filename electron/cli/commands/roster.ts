import { ROLE_KINDS, ROLE_LABELS, ROLE_SCOPE_KIND, type RoleKind } from '../../../shared/domain/role';
import { todayIso } from '../../services/clock';
import { usageError } from '../args';
import { pick, pickAll } from '../names';
import { peopleNamed, unitsNamed, type Command } from './api';

/** 职责 by its Chinese name (as the 管理职责 page shows it), a short form, or its code. */
const ROLE_BY_WORD: Record<string, RoleKind> = {
  ...Object.fromEntries(ROLE_KINDS.map((k) => [k, k])),
  ...Object.fromEntries(ROLE_KINDS.map((k) => [ROLE_LABELS[k], k])),
  主要负责人: 'principal',
  班子成员: 'leadershipMember',
  分管领导: 'leadershipMember',
  二层单位负责人: 'subunitLeader',
};

/** units: every unit with its 编号, kind, parent and headcount, in tree order. */
export const units: Command = async (api) => {
  const rows = await api.call('units:list', {});
  return {
    data: rows,
    text: rows.map((u) => `${u.id}  ${'　'.repeat(u.depth)}${u.name}  ${u.headcount} 人${u.active ? '' : '（已撤销）'}`).join('\n'),
  };
};

/** people [--unit 单位] [--search 姓名] [--all]: 编号, 姓名, 单位, 职务 and 管理职责 of each person. */
export const people: Command = async (api, f) => {
  const unit = f.str('unit');
  const unitId = unit ? pick(await unitsNamed(api), unit, '单位').id : null;
  const rows = await api.call('people:list', {
    unitId,
    search: f.str('search') ?? '',
    statuses: f.has('all') ? ['active', 'seconded', 'left', 'retired'] : ['active', 'seconded'],
  });
  return {
    data: rows,
    text:
      rows
        .map((r) => `${r.id}  ${r.name}  ${r.unitLabel}  ${r.post ?? ''}${r.roles.length ? `  〔${r.roles.join('、')}〕` : ''}`)
        .join('\n') || '没有符合条件的人员。',
  };
};

export const rolesList: Command = async (api) => {
  const rows = await api.call('roles:list', {});
  return {
    data: rows,
    text:
      rows
        .map(
          (r) =>
            `${r.id}  ${r.personName}  ${ROLE_LABELS[r.kind]}  ${r.unitLabel}${r.supervisedLabels.length ? `  分管：${r.supervisedLabels.join('、')}` : ''}  ${r.from} 至 ${r.until ?? '今'}${r.current ? '' : '（已卸任）'}`,
        )
        .join('\n') || '还没有登记管理职责。',
  };
};

/**
 * roles add --person 姓名 --kind 职责 [--unit 范围] [--supervise 单位,…] [--from 日期] [--until 日期]:
 * bureau-wide roles take the bureau as their scope without --unit.
 */
export const rolesAdd: Command = async (api, f) => {
  const word = f.need('kind', 'roles add');
  const kind = ROLE_BY_WORD[word] ?? usageError(`--kind 应为 ${ROLE_KINDS.map((k) => ROLE_LABELS[k]).join('、')} 之一，而不是“${word}”。`);
  const person = pick(await peopleNamed(api), f.need('person', 'roles add'), '人员');
  const allUnits = await api.call('units:list', {});
  const unitList = allUnits.map((u) => ({ id: u.id, name: u.name, where: u.label, aliases: [u.label] }));
  const bureau = allUnits.find((u) => u.kind === 'bureau');
  const scope = f.str('unit');
  const unitId = scope
    ? pick(unitList, scope, '单位').id
    : ROLE_SCOPE_KIND[kind] === 'bureau' && bureau
      ? bureau.id
      : usageError(`${ROLE_LABELS[kind]}须用 --unit 指明范围。`);
  const row = await api.call('roles:save', {
    personId: person.id,
    kind,
    unitId,
    supervisedUnitIds: pickAll(unitList, f.list('supervise'), '单位').map((u) => u.id),
    from: f.date('from') ?? todayIso(),
    until: f.date('until') ?? null,
  });
  return {
    data: row,
    text: `已登记：${row.personName} ${ROLE_LABELS[row.kind]}（${row.unitLabel}${row.supervisedLabels.length ? `，分管${row.supervisedLabels.join('、')}` : ''}），编号 ${row.id}。`,
  };
};

export const rolesRemove: Command = async (api, f) => {
  const id = f.word('roles remove 需要管理职责编号（见 roles list）。');
  const before = (await api.call('roles:list', {})).find((r) => r.id === id);
  const rows = await api.call('roles:remove', { id });
  return {
    data: rows,
    text: `已删除管理职责${before ? `：${before.personName} ${ROLE_LABELS[before.kind]}（${before.unitLabel}）` : ` ${id}`}。`,
  };
};
