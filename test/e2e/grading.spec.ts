import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';
import { api } from './api';
import { ARTIFACTS, expect, test } from './fixtures';

/** 办公室: five staff all proposed 好 (95, 92, 92, 85, 70 → 2 seats, a tie at 92), its 科室负责人 proposed 较好. */
const STAFF: [name: string, score: number][] = [
  ['王一', 95],
  ['李二', 92],
  ['张三', 92],
  ['赵四', 85],
  ['刘五', 70],
];

/**
 * This quarter, in 评定: the reviews above, and a 工作推进不理想 (批评教育, no cap) about 赵四 —
 * nobody in 办公室 is 一般/较差, so its 科室负责人 陈明 falls under the accountability rule.
 */
async function seed(page: Page): Promise<{ periodId: string; label: string }> {
  await api(page, 'org:create', { name: '贵港市医疗保障局', departments: ['办公室', '组织人事科'], subunits: [] });
  const office = (await api(page, 'units:list', {})).find((u) => u.name === '办公室')!;
  const person = (name: string, post: string) =>
    api(page, 'people:save', { unitId: office.id, fields: { ...EMPTY_PERSON_FIELDS, name, post } });
  const staff = [];
  for (const [name, score] of STAFF) staff.push({ ...(await person(name, '科员')), score });
  const head = await person('陈明', '主任');
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  await api(page, 'roles:save', {
    personId: head.id,
    kind: 'departmentHead',
    unitId: office.id,
    supervisedUnitIds: [],
    from: today,
    until: null,
  });
  const period = await api(page, 'periods:open', { kind: 'quarter', year: now.getFullYear(), index: Math.floor(now.getMonth() / 3) + 1 });
  for (const p of staff)
    await api(page, 'reviews:save', { periodId: period.id, personId: p.id, score: p.score, proposed: 'good', comment: '工作认真负责' });
  await api(page, 'reviews:save', { periodId: period.id, personId: head.id, score: 88, proposed: 'fair', comment: '能够较好完成工作任务' });
  const zhao = staff.find((p) => p.name === '赵四')!;
  await api(page, 'incidents:save', {
    personId: zhao.id,
    kind: '工作推进不理想',
    handling: '批评教育',
    date: today,
    reason: '季度重点工作滞后',
    docNo: null,
  });
  await api(page, 'periods:advance', { id: period.id });
  await api(page, 'periods:advance', { id: period.id });
  return { periodId: period.id, label: period.label };
}

/** Screenshots without the success toasts that happen to be on screen. */
const HIDE_TOASTS = '.ant-message { display: none !important; }';

const resultRow = (page: Page, name: string) => page.getByTestId('outcomes').locator('.grid-row').filter({ hasText: name });

test('等次评定: quota and a tie, accountability, an override, 公示; 已归档 is read-only; 统计 and 年度汇总', async ({ page, appUrl }) => {
  test.setTimeout(120_000); // a long walk through grading; the shared machine runs at load 10–17
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: '平时考核 · 首次使用' })).toBeVisible();
  const { periodId, label } = await seed(page);
  await page.reload();
  await page.getByRole('menuitem', { name: '等次评定' }).click();
  await expect(page.getByLabel('考核周期')).toBeVisible();
  await expect(page.getByText(`${label}（评定）`)).toBeVisible();

  // Not graded yet: 运行评定.
  await page.getByRole('button', { name: '运行评定' }).first().click();
  await expect(page.getByTestId('quota')).toHaveText('好 名额 2，已用 3（参评 6 人）'); // the tie holds 3 at 好 until decided
  await expect(page.getByTestId('last-run')).toHaveText(/^上次评定 \d\d:\d\d$/);
  await expect(page.getByTestId('outcome-count')).toHaveText('共 6 人');

  // 公示 is refused while the tie and the accountability result are open: the Alert lists them.
  await page.getByRole('button', { name: '公示' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '公示' }).click();
  const refusal = page.getByTestId('publish-refusal');
  await expect(refusal).toContainText('还不能公示');
  await expect(refusal).toContainText('李二、张三 同分，请决定由谁保留“好”');
  await expect(refusal).toContainText('管理责任规则的结果（陈明，办公室）尚未确认');
  await refusal.getByRole('button', { name: 'Close' }).click();
  await expect(refusal).toBeHidden();

  // The tie: exactly one of the two may be ticked; 张三 keeps 好.
  const tie = page.getByTestId('tie');
  await expect(tie).toContainText('剩余 1 个名额，以下同分人员请选择保留“好”的人');
  await expect(tie.getByRole('button', { name: '确定' })).toBeDisabled();
  await tie.getByLabel(/张三/).check();
  await expect(tie.getByLabel(/李二/)).toBeDisabled();
  await tie.getByRole('button', { name: '确定' }).click();
  await expect(tie).toBeHidden();
  await expect(page.getByTestId('quota')).toHaveText('好 名额 2，已用 2（参评 6 人）');
  await expect(page.getByTestId('moved')).toHaveText('与上次相比：李二 好 → 较好');
  await expect(resultRow(page, '李二')).toContainText('名额调整');

  // The accountability result: 陈明 (科室负责人) → 较差, with the reading, the scope, the counts and the
  // evidence (its 事由 masked until 查看, which is logged), to be confirmed on its own.
  const card = page.getByTestId('accountability-card');
  await expect(card).toContainText('陈明（科室负责人）→ 直接评为“较差”');
  await expect(card).toContainText('口径：按职责范围；范围：办公室');
  await expect(card).toContainText(`${label} 5 人，均无“一般”“较差”；未予容错的问题 1 起`);
  await card.getByRole('button', { name: '依据' }).click();
  await expect(card).toContainText(`${label}：“好”5，“较好”0，“一般”“较差”0`);
  await expect(card).toContainText('工作推进不理想 赵四：季＊＊＊＊');
  await card.getByRole('button', { name: '查看' }).click();
  await expect(card).toContainText('工作推进不理想 赵四：季度重点工作滞后');
  await expect(card).toContainText('待确认');
  await expect(resultRow(page, '陈明')).toContainText('较差');
  await expect(resultRow(page, '陈明')).toContainText('管理责任');
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'grading.png'), style: HIDE_TOASTS });
  await card.getByTestId('confirm-one').click();
  await page.getByPlaceholder('说明（可不填），如：经局党组会议研究同意').fill('经局党组会议研究同意');
  await page.getByRole('button', { name: '确认这一结果' }).click();
  await expect(card).toContainText('已确认');
  await expect(card).toContainText('确认：经局党组会议研究同意');
  await expect(page.getByTestId('accountability')).toContainText('公示不受影响');

  // Override 刘五 (较好 after the quota) to 一般: the reason is required and shows as the last step.
  await resultRow(page, '刘五').getByRole('button', { name: '调整' }).click();
  const dialog = page.getByRole('dialog', { name: '调整等次：刘五' });
  await expect(dialog).toContainText('评定结果：较好');
  await dialog.getByRole('combobox', { name: '调整为' }).click();
  await page.getByTitle('一般', { exact: true }).click();
  await dialog.getByLabel('理由').fill('差');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toContainText('理由至少4个字');
  await dialog.getByLabel('理由').fill('季度考勤多次迟到，经研究调整');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('moved')).toHaveText('与上次相比：刘五 较好 → 一般');
  const liu = resultRow(page, '刘五');
  await expect(liu).toContainText('一般');
  await expect(liu).toContainText('人工调整');
  await liu.focus();
  await page.keyboard.press('Enter');
  const steps = page.getByTestId('steps').filter({ hasText: '人工调整：季度考勤多次迟到' });
  await expect(steps.locator('li')).toHaveText([
    /主管领导拟评“好”（70分）/,
    /超出名额，评为“较好”/,
    /人工调整：季度考勤多次迟到，经研究调整（较好 → 一般）/,
  ]);

  // 反馈: each person's sentence.
  await page.getByRole('button', { name: '反馈' }).click();
  const feedback = page.getByRole('dialog', { name: `${label}平时考核结果反馈` });
  await expect(feedback.getByTestId('feedback')).toHaveCount(6);
  await expect(feedback).toContainText(`张三同志：经评定，您在${label}平时考核中的等次为“好”。主管领导评鉴意见：工作认真负责`);
  // Printing shows only the notices, one per person.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.feedback-print section')).toHaveCount(6);
  await expect(page.locator('#root')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(feedback).toBeHidden();

  // 公示 now goes through; the page turns read-only.
  await page.getByRole('button', { name: '公示' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '公示' }).click();
  await expect(page.getByText(`${label}已进入“公示”`)).toBeVisible();
  await expect(page.getByText('公示中，评定结果只能查看')).toBeVisible();
  await expect(page.getByRole('button', { name: '运行评定' })).toHaveCount(0);

  // The forms of a published period: the 公示名单 in the print preview, saved as a PDF (browser mode: a download).
  await page.getByRole('button', { name: '表格' }).click();
  await page.getByRole('menuitem', { name: '公示名单…' }).click();
  // Phone, 公示期 (from today, 7 days by default) and grades, in the app; the phone is remembered.
  const ask = page.getByRole('dialog', { name: `公示名单：${label}` });
  await expect(ask.getByPlaceholder('开始日期')).toHaveValue('2026-12-07');
  await expect(ask.getByPlaceholder('结束日期')).toHaveValue('2026-12-13');
  await ask.getByLabel('联系电话').fill('0775-1234567');
  await ask.getByRole('button', { name: '预览' }).click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  await expect(preview.frameLocator('iframe[title="打印预览"]').locator('h1')).toContainText('公示名单');
  await expect(preview.frameLocator('iframe[title="打印预览"]').locator('body')).toContainText('0775-1234567');
  await expect(preview.frameLocator('iframe[title="打印预览"]').locator('body')).toContainText('2026年12月13日');
  await page.screenshot({ path: join(ARTIFACTS, 'print-preview.png') });
  const noticePdf = page.waitForEvent('download');
  await preview.getByRole('button', { name: '另存为 PDF' }).click();
  const notice = await noticePdf;
  await preview.getByRole('button', { name: '关闭' }).click();
  expect(notice.suggestedFilename()).toMatch(new RegExp(`^公示名单-${label}-\\d{8}\\.pdf$`));
  const noticePath = join(ARTIFACTS, 'notice-e2e.pdf');
  await notice.saveAs(noticePath);
  expect((await readFile(noticePath)).subarray(0, 5).toString()).toBe('%PDF-');

  // Archived (through the service): read-only, no 调整.
  await api(page, 'periods:advance', { id: periodId });
  await page.getByRole('menuitem', { name: '统计' }).click();
  await expect(page.getByTestId('stats-tables')).toContainText(label);
  await expect(page.getByTestId('stats-tables').getByRole('row', { name: new RegExp(`^${label}`) })).toHaveText(`${label}22110622`);
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出图片' }).first().click();
  expect((await png).suggestedFilename()).toBe('各期等次分布.png');
  await page.waitForTimeout(400); // the charts' 300 ms entry animation
  await page.screenshot({ path: join(ARTIFACTS, 'stats.png'), style: HIDE_TOASTS });

  await page.getByRole('menuitem', { name: '等次评定' }).click();
  await expect(page.getByText(`${label}（已归档）`)).toBeVisible();
  await expect(page.getByText('已归档，评定结果只能查看。')).toBeVisible();
  await expect(resultRow(page, '张三')).toContainText('好');
  await expect(page.getByTestId('outcomes').getByRole('button', { name: '调整' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '公示' })).toHaveCount(0);

  // 年度汇总: this year, the quarter included, 张三 and 王一 qualify (好, no 一般/较差).
  await page.getByRole('menuitem', { name: '年度汇总' }).click();
  await expect(page.getByTestId('annual-quota')).toHaveText('参加 6 人，优秀名额 1 个（20%），符合评优条件 2 人，超出名额，须择优确定');
  await page.getByText('符合评优条件（2）').click();
  await expect(page.getByTestId('annual').locator('.ant-table-row')).toHaveCount(2);
  await page.getByText('全部（6）').click();
  await page.screenshot({ path: join(ARTIFACTS, 'annual.png'), style: HIDE_TOASTS });
  const year = page.getByRole('textbox', { name: '年度', exact: true });
  await year.click();
  await year.fill(String(new Date().getFullYear() - 1));
  await year.press('Enter');
  await expect(page.getByText(`${new Date().getFullYear() - 1}年还没有评定过的考核周期。`)).toBeVisible();
});
