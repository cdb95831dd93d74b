import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';
import { api } from './api';
import { ARTIFACTS, expect, test } from './fixtures';

/**
 * Issue 16 on the screens, at 1366×768: the settings of the rules, the 分管领导's 审核 in the 评鉴
 * grid, people appraised by the superior organisation, results confirmed one by one or all after
 * a list of the names, and a stale earlier period re-graded in order.
 *
 * 局机关: 李局 (党组主要负责人), 刘局 (班子成员, 分管 办公室 and 待遇保障科). 办公室: 王五 (科室负责人),
 * 甲, 乙. 待遇保障科: 赵六 (科室负责人), 丁, 戊. Everyone 较好; 甲 and 丁 each had a 提醒谈话.
 */
async function seed(page: Page) {
  await api(page, 'org:create', { name: '贵港市医疗保障局', departments: ['办公室', '待遇保障科'], subunits: [] });
  const units = await api(page, 'units:list', {});
  const unit = (n: string) => units.find((u) => u.name === n)!.id;
  const ids: Record<string, string> = {};
  for (const [name, u] of [
    ['李局', '局机关'],
    ['刘局', '局机关'],
    ['王五', '办公室'],
    ['甲', '办公室'],
    ['乙', '办公室'],
    ['赵六', '待遇保障科'],
    ['丁', '待遇保障科'],
    ['戊', '待遇保障科'],
  ])
    ids[name] = (await api(page, 'people:save', { unitId: unit(u), fields: { ...EMPTY_PERSON_FIELDS, name, post: '科员' } })).id;
  const role = (name: string, kind: 'principal' | 'leadershipMember' | 'departmentHead', u: string, supervised: string[] = []) =>
    api(page, 'roles:save', {
      personId: ids[name],
      kind,
      unitId: unit(u),
      supervisedUnitIds: supervised.map(unit),
      from: '2020-01-01',
      until: null,
    });
  await role('李局', 'principal', '局机关');
  await role('刘局', 'leadershipMember', '局机关', ['办公室', '待遇保障科']);
  await role('王五', 'departmentHead', '办公室');
  await role('赵六', 'departmentHead', '待遇保障科');
  const settings = await api(page, 'settings:get', {});
  await api(page, 'settings:save', { ...settings, reviewers: { ...settings.reviewers, secondStep: true } });
  for (const index of [3, 4]) {
    const id = `2026-Q${index}`;
    await api(page, 'periods:open', { kind: 'quarter', year: 2026, index });
    for (const name of Object.keys(ids).filter((n) => n !== '李局'))
      await api(page, 'reviews:save', { periodId: id, personId: ids[name], score: 85, proposed: 'fair', comment: '能够较好完成工作任务' });
    for (const name of ['乙', '丁', '戊'])
      await api(page, 'reviews:check', { periodId: id, personId: ids[name], decision: 'agree', grade: null, opinion: null });
    await api(page, 'periods:advance', { id });
    await api(page, 'periods:advance', { id });
  }
  for (const name of ['甲', '丁'])
    await api(page, 'incidents:save', {
      personId: ids[name],
      kind: '工作推进不理想',
      handling: '提醒谈话',
      date: '2026-10-15',
      reason: '交办事项逾期未办结',
      docNo: null,
    });
  await api(page, 'grading:run', { periodId: '2026-Q3' });
  return ids;
}

const HIDE_TOASTS = '.ant-message { display: none !important; }';

test.use({ viewport: { width: 1366, height: 768 } });

test('issue 16: readings in 考核设置, the 分管领导’s 审核, 由上级党组织考核, confirm one or all, stale → re-grade in order', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: '平时考核 · 首次使用' })).toBeVisible();
  const ids = await seed(page);
  await page.reload();
  await mkdir(ARTIFACTS, { recursive: true });

  // 考核设置: the three readings, explained; the second step; who else the superior organisation appraises.
  await page.getByRole('menuitem', { name: '考核设置' }).click();
  await expect(page.getByRole('radio', { name: /^按职责范围（默认）/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^分管单位逐个/ })).toBeVisible();
  await expect(page.getByLabel('一般工作人员的评鉴由分管领导审核')).toBeChecked();
  await page.screenshot({ path: join(ARTIFACTS, 'rules-settings-readings.png'), style: HIDE_TOASTS });
  await page.getByText('另由上级党组织考核的人员').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'rules-settings.png'), style: HIDE_TOASTS });

  // 考核名单 and the 评鉴 grid: 李局 由上级党组织考核; 甲 waits for 刘局's 审核, who adjusts it here.
  await page.getByRole('menuitem', { name: '考核周期' }).click();
  await page.getByText('2026年第四季度').first().click();
  await expect(page.getByText('由上级党组织考核').first()).toBeVisible();
  await page.getByRole('tab', { name: /评鉴/ }).click();
  const grid = page.getByTestId('review-grid');
  // By 序号 and 姓名, the row's first two cells (the 评鉴人 column names people too).
  const row = (name: string) => grid.getByRole('row', { name: new RegExp(`^\\d+ ${name} `) });
  await expect(row('李局')).toContainText('由上级党组织考核，不在本局评鉴');
  await page.locator('.ant-select').filter({ hasText: '局机关' }).click();
  await page.getByTitle('办公室', { exact: true }).click();
  await expect(row('甲')).toContainText('待刘局审核');
  await row('甲').getByTestId('check-edit').click();
  await page.getByRole('radio', { name: '调整等次' }).check();
  await page.getByRole('combobox', { name: '调整后的等次' }).click();
  await page.getByTitle('一般', { exact: true }).click();
  await page.getByLabel('审核意见').fill('交办事项逾期未办结，工作推进不理想');
  await page.getByRole('button', { name: '保存审核' }).click();
  await expect(row('甲')).toContainText('调整为一般');
  await expect(page.getByRole('button', { name: '保存审核' })).toBeHidden();
  await expect(row('乙')).toContainText('同意');
  await expect(row('王五')).toContainText('—');
  await page.screenshot({ path: join(ARTIFACTS, 'rules-review-check.png'), style: HIDE_TOASTS });
  // Put it back: the accountability scenario below wants 甲 at 较好.
  await api(page, 'reviews:check', { periodId: '2026-Q4', personId: ids['甲'], decision: 'agree', grade: null, opinion: null });

  // 等次评定: four results (李局's a recommendation to the superior organisation); 确认全部 lists the names first.
  await page.getByRole('menuitem', { name: '等次评定' }).click();
  await page.getByRole('button', { name: '运行评定' }).first().click();
  const panel = page.getByTestId('accountability');
  await expect(panel.getByTestId('accountability-card')).toHaveCount(4);
  await expect(panel).toContainText('管理责任规则（按职责范围）：3 人直接评为“较差”，1 人建议上级党组织评为“较差”');
  await expect(panel.getByTestId('accountability-card').filter({ hasText: '李局' })).toContainText('报上级党组织');
  await panel.getByTestId('confirm-all').click();
  const dialog = page.getByRole('dialog', { name: '确认全部 4 条管理责任规则结果？' });
  await expect(dialog.getByTestId('confirm-all-names')).toContainText('王五（科室负责人，办公室）：直接评为“较差”');
  await expect(dialog.getByTestId('confirm-all-names')).toContainText('李局（党组主要负责人，全局）：建议上级党组织评为“较差”');
  await page.screenshot({ path: join(ARTIFACTS, 'rules-confirm-all.png'), style: HIDE_TOASTS });
  await dialog.getByRole('button', { name: '全部确认' }).click();
  await expect(panel).toContainText('公示不受影响');
  await expect(page.getByTestId('outcomes')).toContainText('上级考核');

  // Q3 changes under Q4 (乙 becomes 一般), not re-graded: Q4 warns and offers to re-grade in order.
  await api(page, 'periods:setState', { id: '2026-Q3', to: 'reviewing', reason: '乙的评鉴录入有误' });
  await api(page, 'reviews:save', { periodId: '2026-Q3', personId: ids['乙'], score: 70, proposed: 'average', comment: null });
  await api(page, 'periods:advance', { id: '2026-Q3' });
  await page.reload();
  await page.getByRole('menuitem', { name: '等次评定' }).click();
  const stale = page.getByTestId('stale');
  await expect(stale).toContainText('2026年第三季度评定后，其评鉴、考核名单或表现记录有改动，但还没有重新评定');
  await page.screenshot({ path: join(ARTIFACTS, 'rules-stale.png'), style: HIDE_TOASTS });
  await stale.getByRole('button', { name: '按顺序重新评定' }).click();
  await expect(stale).toBeHidden();
  // 办公室 and the bureau now had an 一般 in the window: only 赵六 (待遇保障科) is left, on the same evidence, so still confirmed.
  await expect(panel.getByTestId('accountability-card')).toHaveCount(1);
  await expect(panel.getByTestId('accountability-card')).toContainText('赵六（科室负责人）');
  await expect(panel.getByTestId('accountability-card')).toContainText('已确认');
});
