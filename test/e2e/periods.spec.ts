import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, rosterRow, test } from './fixtures';

/** 新增人员 in the unit chosen in the roster's tree. */
async function addPerson(page: Page, name: string, post: string) {
  await page.keyboard.press('Alt+N');
  const drawer = page.getByRole('dialog', { name: '新增人员' });
  await drawer.getByLabel('姓名', { exact: true }).fill(name);
  await drawer.getByLabel('职务', { exact: true }).fill(post);
  await page.keyboard.press('Control+Enter');
  await expect(drawer).toBeHidden();
  await expect(rosterRow(page, name)).toBeVisible();
}

/** The 评鉴 grid's row of one person. */
const reviewRow = (page: Page, name: string) => page.getByTestId('review-grid').getByRole('row', { name: new RegExp(`^\\d+ ${name} `) });

test('a period: records and reviews by keyboard, the 评鉴表 out and back in, archive and reopen', async ({ page, appUrl, dataDir }) => {
  test.setTimeout(120_000); // a long walk through the app; the shared machine runs at load 6–12
  await page.goto(appUrl);
  await page.getByLabel('单位名称').fill('贵港市医疗保障局');
  await page.getByLabel('内设科室').fill('办公室');
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await page.getByRole('tree').getByText('办公室').click();
  await addPerson(page, '李明', '主任');
  await addPerson(page, '丁一', '科员');
  await addPerson(page, '王五', '科员');

  // 李明 heads 办公室 from the start of the year: he is the others' 评鉴人.
  await page.getByRole('menuitem', { name: '单位与职责' }).click();
  await page.getByRole('button', { name: '新增管理职责' }).click();
  const role = page.getByRole('dialog', { name: '新增管理职责' });
  await role.getByRole('combobox', { name: '人员' }).fill('李明');
  await page.keyboard.press('Enter');
  await role.getByRole('combobox', { name: '职责' }).click();
  await page.getByTitle('科室负责人', { exact: true }).click();
  await role.getByRole('combobox', { name: '范围' }).click();
  await page.getByRole('tree').last().getByText('办公室').click();
  const from = role.getByLabel('起始日期');
  await from.click();
  await from.fill('2025-01-01');
  await from.press('Enter');
  await role.getByRole('button', { name: '确定' }).click();
  await expect(role).toBeHidden();

  // 新建考核周期: 2025年第一季度.
  await page.getByRole('menuitem', { name: '考核周期' }).click();
  await page.getByRole('button', { name: '新建考核周期' }).click();
  const open = page.getByRole('dialog', { name: '新建考核周期' });
  await open.getByLabel('年度').fill('2025');
  await open.getByRole('combobox', { name: '季度' }).click();
  await page.getByTitle('第一季度', { exact: true }).click();
  await expect(open).toContainText('将建立“2025年第一季度”（2025.01.01—2025.03.31）');
  await page.keyboard.press('Control+Enter');
  await expect(open).toBeHidden();
  await expect(page.getByRole('heading', { name: '2025年第一季度' })).toBeVisible();
  await expect(page.getByTestId('participants-count')).toHaveText('共 3 人');

  // 工作纪实 by keyboard only: the name and Enter, then date, content, Enter — twice.
  await page.getByRole('tab', { name: '工作纪实' }).click();
  await page.getByRole('combobox', { name: '人员' }).click();
  await page.keyboard.type('丁一');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('日期')).toBeFocused();
  await page.keyboard.type('0214');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('工作内容')).toBeFocused();
  await page.keyboard.type('整理2024年度文书档案');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('records').getByRole('row', { name: /2025\.02\.14 整理2024年度文书档案/ })).toBeVisible();
  await expect(page.getByLabel('日期')).toBeFocused();
  await page.keyboard.type('2025-03-03');
  await page.keyboard.press('Tab');
  await page.keyboard.type('起草一季度工作总结');
  await page.keyboard.press('Tab');
  await page.keyboard.type('已完成');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('records').getByRole('row', { name: /2025\.03\.03 起草一季度工作总结 已完成/ })).toBeVisible();
  await expect(page.getByText('丁一（办公室）共 2 条')).toBeVisible();
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'periods-records.png') });
  // A date outside the quarter is refused where it is typed, and stays there to be corrected.
  await page.keyboard.type('0414');
  await page.keyboard.press('Enter');
  await expect(page.getByText('日期应在 2025.01.01—2025.03.31 之内')).toBeVisible();
  await expect(page.getByLabel('日期')).toHaveValue('0414');
  await expect(page.getByLabel('日期')).toBeFocused();

  // 评鉴 by keyboard: 92 Enter → 拟评等次, “2” Enter → 较好 → 评鉴意见. 92 alone counts as 好 (score band).
  await page.getByRole('tab', { name: '评鉴' }).click();
  const quota = page.getByTestId('quota');
  await expect(quota).toHaveText('好 名额 1，已提 0（本单位 0）');
  await expect(reviewRow(page, '丁一')).toContainText('李明');
  await reviewRow(page, '丁一').getByLabel('分数').click();
  await page.keyboard.type('92');
  await page.keyboard.press('Enter');
  await expect(quota).toHaveText('好 名额 1，已提 1（本单位 1）');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(quota).toHaveText('好 名额 1，已提 0（本单位 0）');
  await expect(reviewRow(page, '丁一').getByLabel('评鉴意见')).toBeFocused();
  await page.keyboard.type('工作认真负责');
  await page.keyboard.press('Enter');
  await expect(reviewRow(page, '丁一').getByLabel('已保存')).toBeVisible();

  // 导出评鉴表 (browser mode: a download), filled by the 科室负责人: 王五 95 分，好.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出评鉴表' }).click();
  await page.getByRole('menuitem', { name: '李明的评鉴表（评 2 人）' }).click();
  const sheetFile = join(dirname(dataDir), 'returned', (await downloading).suggestedFilename());
  await (await downloading).saveAs(sheetFile);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sheetFile);
  const ws = wb.getWorksheet('评鉴表')!;
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((r) => rows.push(r));
  const wang = rows.find((r) => r.getCell(2).value === '王五')!;
  expect(rows.find((r) => r.getCell(2).value === '丁一')!.getCell(5).value).toBe(92);
  expect(ws.getColumn(8).hidden).toBe(true);
  wang.getCell(5).value = 95;
  wang.getCell(6).value = '好';
  wang.getCell(7).value = '成绩突出';
  await wb.xlsx.writeFile(sheetFile);

  await page.getByRole('button', { name: '导入评鉴表' }).click();
  const dialog = page.getByRole('dialog', { name: /导入评鉴表/ });
  await dialog.locator('input[type=file]').setInputFiles(sheetFile);
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByText('导入完成')).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(reviewRow(page, '王五').getByLabel('分数')).toHaveValue('95');
  await expect(reviewRow(page, '王五').getByLabel('拟评等次')).toHaveValue('good');
  await expect(reviewRow(page, '王五').getByLabel('评鉴意见')).toHaveValue('成绩突出');
  await expect(quota).toHaveText('好 名额 1，已提 1（本单位 1）');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(ARTIFACTS, 'periods-review.png') });

  // Forward one step at a time; 公示 and 归档 ask first. 公示 is refused while someone has no review.
  // Forward one step: what is missing is listed, with names, and going on anyway needs a reason.
  const forward = async (step: string, missing?: RegExp) => {
    await page.getByRole('button', { name: `下一步（→${step}）` }).click();
    const ask = page.getByRole('dialog', { name: `2025年第一季度进入“${step}”？` });
    if (!missing && step !== '公示' && step !== '已归档') return;
    if (missing) {
      await expect(ask.getByTestId('step-gaps')).toContainText(missing);
      await ask.getByRole('button', { name: `仍然进入“${step}”` }).click();
      await expect(ask.getByLabel('仍要继续的理由')).toHaveAccessibleDescription(/请写明为什么现在就进入下一步/);
      await ask.getByLabel('仍要继续的理由').fill('纸质纪实已收齐，待补录');
    }
    await ask.getByRole('button', { name: new RegExp(`进入“${step}”`) }).click();
    await expect(ask).toBeHidden();
  };
  await forward('评鉴', /3 人的工作纪实不全（每周至少一条）：丁一（缺12周）、王五（缺14周）、李明（缺14周）.*人还没有个人小结/s);
  await expect(page.getByText('2025年第一季度已进入“评鉴”')).toBeVisible();
  await forward('评定', /1 人还没有主管领导评鉴：李明/);
  await expect(page.getByText('2025年第一季度已进入“评定”')).toBeVisible();
  // 公示 is refused by the service while someone has no 评鉴; the dialog says so first.
  await page.getByRole('button', { name: '下一步（→公示）' }).click();
  const publish = page.getByRole('dialog', { name: '2025年第一季度进入“公示”？' });
  await expect(publish.getByTestId('step-gaps')).toContainText('1 人还没有主管领导评鉴：李明');
  await publish.getByRole('button', { name: '仍然进入“公示”' }).click();
  await publish.getByLabel('仍要继续的理由').fill('先行公示其余人员');
  await publish.getByRole('button', { name: '仍然进入“公示”' }).click();
  await expect(publish).toContainText('还不能公示：李明还没有主管领导评鉴（分数或拟评等次），无法评定等次。');
  await publish.getByRole('button', { name: '取消' }).click();
  await reviewRow(page, '李明').getByLabel('分数').click();
  await expect(reviewRow(page, '李明').getByLabel('分数')).toBeFocused();
  await page.keyboard.type('85');
  await page.keyboard.press('Enter');
  await expect(reviewRow(page, '李明').getByLabel('已保存')).toBeVisible();
  await forward('公示');
  await expect(page.getByText('2025年第一季度已进入“公示”')).toBeVisible();
  // 归档 on the first day of the 7-day 公示期 warns, and needs a reason.
  await forward('已归档', /公示期到 2026\.12\.13 才结束，还有 7 天/);
  await expect(page.getByText('2025年第一季度已进入“已归档”')).toBeVisible();
  await expect(page.getByTestId('locked-hint')).toContainText('2025年第一季度已归档，考核材料只能查看');
  await expect(reviewRow(page, '丁一').getByLabel('分数')).toBeDisabled();
  await expect(page.getByRole('button', { name: '导入评鉴表' })).toBeDisabled();
  await page.getByRole('tab', { name: '工作纪实' }).click();
  await expect(page.getByLabel('工作内容')).toHaveCount(0);
  // The service refuses too, and says what to do.
  const refused = await page.evaluate(async () => {
    const res = await fetch('api/records:save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': sessionStorage.getItem('desk-token') ?? '' },
      body: JSON.stringify({ periodId: '2025-Q1', personId: 'x', date: '2025-02-14', content: '补记' }),
    });
    return (await res.json()) as { ok: boolean; message: string };
  });
  expect(refused).toMatchObject({ ok: false, message: '2025年第一季度已归档，不能修改。如确需修改，请先重新打开（须写明理由）。' });

  // 重新打开 needs a reason of at least 4 characters; it goes into the history.
  await page.getByRole('button', { name: '重新打开…' }).click();
  const reopen = page.getByRole('dialog', { name: '重新打开2025年第一季度' });
  await reopen.getByLabel('理由').fill('更正');
  await page.keyboard.press('Control+Enter');
  await expect(reopen.getByLabel('理由')).toHaveAccessibleDescription(/理由至少4个字/);
  await reopen.getByLabel('理由').fill('王五评鉴意见需更正');
  await page.keyboard.press('Control+Enter');
  await expect(reopen).toBeHidden();
  await expect(page.getByRole('menuitem', { name: /2025年第一季度/ })).toContainText('公示');
  await page.getByText('状态变更记录（6）').click();
  await expect(page.getByTestId('period-history')).toContainText('评鉴 → 评定，理由：纸质纪实已收齐，待补录');
  await expect(page.getByTestId('period-history').locator('li').first()).toContainText('已归档 → 公示，理由：王五评鉴意见需更正');
});
