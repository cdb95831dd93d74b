import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, rosterNames, rosterRows, test } from './fixtures';

/**
 * Issue 15, item 8: the keyboard as a clerk uses it at an office PC's 1366×768, on the demo bureau
 * (60 asked, 59 made; deterministic): 拼音首字母 search, sortable headings, Esc, the grade keys, 下一单位,
 * Enter in the unit picker with 范围 pre-filled, and date boxes that never swallow Tab.
 * What periods.spec and quarter.spec already prove (Enter after a wrong date, a 评鉴 row typed
 * through) is not repeated here.
 */
test.use({ viewport: { width: 1366, height: 768 } });

const SHOTS = join(ARTIFACTS, 'keyboard');
async function screen(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.mouse.move(0, 0); // no hover tooltips
  await page.screenshot({ path: join(SHOTS, `${name}.png`), style: '.ant-message { display: none !important; }' });
}

/** The demo bureau of 60 people, on the 花名册. */
async function demo(page: Page, appUrl: string) {
  await page.goto(appUrl);
  await page.getByLabel('人数').fill('60');
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await expect(page.getByTestId('roster-count')).toHaveText('共 59 人');
}

/** The current quarter of the demo (进行中), on one of its tabs. */
async function currentQuarter(page: Page, tab: '评鉴' | '工作纪实') {
  await page.getByRole('menuitem', { name: '考核周期' }).click();
  await page
    .getByRole('menu', { name: '考核周期列表' })
    .getByRole('menuitem', { name: /2026年第四季度/ })
    .click();
  await expect(page.getByRole('heading', { name: '2026年第四季度' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

test('花名册: 拼音首字母 search, headings sort by click and Enter, Esc closes the 新增人员 drawer', async ({ page, appUrl }) => {
  await demo(page, appUrl);

  // “/” to the search box, the initials of 欧阳丽平 (a two-character surname): she alone.
  await page.keyboard.press('/');
  await expect(page.getByLabel('搜索姓名')).toBeFocused();
  await page.keyboard.type('oylp');
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
  await expect(rosterNames(page)).toHaveText(['欧阳丽平']);
  // Fewer letters, more people: every one of them answers “oy” (欧阳…).
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('roster-count')).toHaveText('共 2 人');
  await expect(rosterNames(page)).toHaveText(['欧阳丽平', '欧阳娜志']);
  await page.getByLabel('搜索姓名').fill('');
  await expect(page.getByTestId('roster-count')).toHaveText('共 59 人');

  // 出生年月: a click sorts oldest first, Enter on the same heading reverses, Enter again restores 姓氏笔画.
  const births = () => rosterRows(page).locator('.grid-cell:nth-child(4)').allTextContents();
  const heading = page.getByTestId('roster').getByRole('columnheader', { name: '出生年月' });
  const listOrder = await rosterNames(page).allTextContents();
  await heading.getByRole('button').click();
  await expect(heading).toHaveAttribute('aria-sort', 'ascending');
  await expect(rosterRows(page).first()).toContainText('1968.01');
  const ascending = await births();
  expect(ascending).toEqual(ascending.slice().sort());
  await expect(heading.getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveAttribute('aria-sort', 'descending');
  await expect(rosterRows(page).first()).toContainText('2003.11');
  const descending = await births();
  expect(descending).toEqual(descending.slice().sort().reverse());
  await screen(page, 'roster-sorted');
  await page.keyboard.press('Enter');
  await expect(heading).not.toHaveAttribute('aria-sort');
  await expect(rosterNames(page)).toHaveText(listOrder);

  // Alt+N opens 新增人员 with the cursor in 姓名; Esc closes it untouched.
  await page.keyboard.press('Alt+N');
  const drawer = page.getByRole('dialog', { name: '新增人员' });
  await expect(drawer.getByLabel('姓名', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // With a name typed, Esc asks before throwing it away; Esc on that question keeps editing.
  // Typed straight after Alt+N, while the drawer still slides in: nothing is lost.
  await page.keyboard.press('Alt+N');
  await page.keyboard.type('黎明');
  await expect(drawer.getByLabel('姓名', { exact: true })).toHaveValue('黎明');
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: '放弃未保存的修改？' });
  await expect(discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(drawer.getByLabel('姓名', { exact: true })).toHaveValue('黎明');
  await page.keyboard.press('Escape');
  await discard.getByRole('button', { name: '放弃' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('roster-count')).toHaveText('共 59 人');
});

test('管理职责 dialog: the person by 拼音首字母 and Enter, 范围 pre-filled, another unit by Enter, Esc closes', async ({
  page,
  appUrl,
}) => {
  await demo(page, appUrl);
  await page.getByRole('menuitem', { name: '单位与职责' }).click();
  await page.getByRole('button', { name: '新增管理职责' }).click();
  const dialog = page.getByRole('dialog', { name: '新增管理职责' });
  const field = (name: string) => dialog.locator('.ant-form-item').filter({ has: page.getByText(name, { exact: true }) });

  // The cursor starts in 人员: zjx Enter → 朱建晓, 副科长 of the 中心's 稽核科.
  await expect(dialog.getByRole('combobox', { name: '人员' })).toBeFocused();
  await page.keyboard.type('zjx');
  await expect(page.locator('.ant-select-item-option-active:visible')).toHaveText('朱建晓（医疗保障事业管理中心 稽核科）');
  await page.keyboard.press('Enter');
  await expect(field('人员')).toContainText('朱建晓（医疗保障事业管理中心 稽核科）');

  // Tab → 职责, ↓ to 科室负责人, Enter: 范围 is his own 科室.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: '职责' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('.ant-select-item-option-active:visible')).toHaveText('科室负责人');
  await page.keyboard.press('Enter');
  await expect(field('职责')).toContainText('科室负责人');
  await expect(field('范围')).toContainText('稽核科');

  // He is to 主持 the 结算科 instead: Tab → 范围, letters and Enter choose without the mouse. “jsk”
  // also answers 信息化建设科 (jian she ke), first in the tree; “jiesk” is the 结算科 alone.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: '范围' })).toBeFocused();
  await page.keyboard.type('jsk');
  await expect(page.locator('.ant-select-tree-treenode:visible:not(.ant-select-tree-treenode-disabled)')).toHaveText([
    '信息化建设科',
    '结算科',
  ]);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('iesk');
  await page.keyboard.press('Enter');
  await expect(field('范围')).toContainText('结算科');
  await expect(field('范围')).not.toContainText('稽核科');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0); // the list closed: 确定 is not covered
  await screen(page, 'role-dialog');

  // Esc closes the dialog (nothing saved): the roster still shows him without a role.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('menuitem', { name: '花名册' }).click();
  await page.getByLabel('搜索姓名').fill('zjx');
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
  await expect(rosterRows(page).first()).not.toContainText('科室负责人');
});

test('评鉴: the grade keys are labelled and a digit chooses and saves; 下一单位 follows the tree by Alt+PageDown', async ({
  page,
  appUrl,
}) => {
  await demo(page, appUrl);
  await currentQuarter(page, '评鉴');
  const grid = page.getByTestId('review-grid');
  const row = (name: string) => grid.getByRole('row', { name: new RegExp(`^\\d+ ${name} `) });
  const unitShown = page.locator('.ant-select', { has: page.locator('#review-unit') });

  // The keys are on the toolbar and in the cell itself.
  await expect(page.getByTestId('grade-keys')).toHaveText('1 好 2 较好 3 一般 4 较差');

  // 信息化建设科 chosen from the keyboard (xxh Enter), then 拟评等次 of 莫静远: “3” is 一般, saved at once.
  await page.locator('#review-unit').click();
  await page.keyboard.type('xxh');
  await page.keyboard.press('Enter');
  await expect(unitShown).toContainText('信息化建设科');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  const grade = row('莫静远').getByLabel('拟评等次');
  await expect(grade.locator('option')).toHaveText(['—', '1 好', '2 较好', '3 一般', '4 较差']);
  await grade.focus();
  await page.keyboard.press('3');
  await expect(grade).toHaveValue('average');
  await expect(row('莫静远').getByLabel('已保存')).toBeVisible();
  await page.keyboard.press('2');
  await expect(grade).toHaveValue('fair');
  await expect(row('莫静远').getByLabel('已保存')).toBeVisible();
  await screen(page, 'reviews-grade-keys');

  // Alt+PageDown from inside the grid: the next unit in tree order — the 中心 after the last 局机关 科室, then its 综合科.
  await page.keyboard.press('Alt+PageDown');
  await expect(unitShown).toContainText('医疗保障事业管理中心');
  await expect(grid).toContainText('丁浩欣');
  await page.keyboard.press('Alt+PageDown');
  await expect(unitShown).toContainText('综合科');
  await expect(grid).toContainText('朱丽');
  await expect(grid).toContainText('莫明晓');
  await page.getByRole('button', { name: '下一单位' }).click();
  await expect(unitShown).toContainText('稽核科');
  await expect(grid).toContainText('王文娜');
  // Alt+PageUp goes back; back on 信息化建设科 the grade typed is there, from the service.
  await page.keyboard.press('Alt+PageUp');
  await page.keyboard.press('Alt+PageUp');
  await page.keyboard.press('Alt+PageUp');
  await expect(unitShown).toContainText('信息化建设科');
  await expect(row('莫静远').getByLabel('拟评等次')).toHaveValue('fair');
});

test('工作纪实: a wrong or future date is refused with the reason, and Tab still moves on', async ({ page, appUrl }) => {
  await demo(page, appUrl);
  await currentQuarter(page, '工作纪实');

  // The person picker takes 拼音首字母 too: oylp Enter → 欧阳丽平, the cursor in 日期.
  await page.getByRole('combobox', { name: '人员' }).click();
  await page.keyboard.type('oylp');
  await page.keyboard.press('Enter');
  const date = page.getByLabel('日期');
  await expect(date).toBeFocused();
  await expect(page.getByText(/^欧阳丽平（医疗保障事业管理中心 稽核科）共 \d+ 条。/)).toBeVisible();

  // A date after today, then Tab: refused with the reason, the box emptied, the cursor in 工作内容.
  await page.keyboard.type('1231');
  await page.keyboard.press('Tab');
  await expect(page.getByText('“1231”：日期不能晚于今天（2026.12.07）：工作纪实记已经做过的工作')).toBeVisible();
  await expect(page.getByLabel('工作内容')).toBeFocused();
  await expect(date).toHaveValue('');
  await page.keyboard.type('医保基金使用情况专项检查');
  await expect(page.getByLabel('工作内容')).toHaveValue('医保基金使用情况专项检查');

  // A date that does not exist, then Tab: the reason says how to write it; Tab went on, nothing typed into the date.
  await page.keyboard.press('Shift+Tab');
  await expect(date).toBeFocused();
  await page.keyboard.type('0231');
  await page.keyboard.press('Tab');
  await expect(page.getByText('“0231”：日期写法不对，可写 0214 或 2025-02-14')).toBeVisible();
  await expect(page.getByLabel('工作内容')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('完成情况')).toBeFocused();
  await page.keyboard.type('已完成');
  await expect(date).toHaveValue('');
  await screen(page, 'records-date-refused');

  // Enter with no date files nothing; a good date, Enter, Enter: the entry is added.
  await page.keyboard.press('Enter');
  await expect(page.getByText('请填写日期')).toBeVisible();
  await date.focus();
  await page.keyboard.type('1203');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('工作内容')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('records').getByRole('row', { name: /2026\.12\.03 医保基金使用情况专项检查 已完成/ })).toBeVisible();
  await expect(date).toBeFocused();
});
