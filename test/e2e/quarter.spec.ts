import ExcelJS from 'exceljs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';
import { api } from './api';
import { ARTIFACTS, createFixtureOrg, expect, importFixture, pickDate, rosterRow, test } from './fixtures';

/**
 * A whole quarter as a clerk runs it, at an office PC's 1366×768, from an empty folder to 归档,
 * going back to the 首页待办 between steps. Every screen is saved to test/artifacts/quarter/.
 * What the clerk types is typed; what would only repeat a screen already walked (thirty 评鉴,
 * the other 管理职责) goes through the same API the page uses.
 */
test.use({ viewport: { width: 1366, height: 768 } });

const SHOTS = join(ARTIFACTS, 'quarter');
/** Screenshots without the toasts that happen to be on screen. */
const HIDE_TOASTS = '.ant-message { display: none !important; }';
let shot = 0;
async function screen(page: Page, name: string) {
  await page.mouse.move(0, 0); // no hover tooltips
  await page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`), style: HIDE_TOASTS });
}

const LABEL = '2026年第四季度';
const home = async (page: Page) => {
  await page.getByRole('menuitem', { name: '首页待办' }).click();
  await expect(page.getByTestId('home')).toBeVisible();
};
const todoLine = (page: Page, text: RegExp) => page.getByTestId('todo-lines').getByRole('button', { name: text });

/** 下一步 on the period page: the gaps are listed with names, going on anyway needs a reason. */
async function forward(page: Page, step: string, gaps: RegExp | null, reason: string) {
  await page.getByRole('button', { name: `下一步（→${step}）` }).click();
  const ask = page.getByRole('dialog', { name: `${LABEL}进入“${step}”？` });
  if (!gaps) {
    await expect(page.getByText(`${LABEL}已进入“${step}”`)).toBeVisible();
    return;
  }
  await expect(ask.getByTestId('step-gaps')).toContainText(gaps);
  await screen(page, `advance-${step}`);
  await ask.getByRole('button', { name: `仍然进入“${step}”` }).click();
  await ask.getByLabel('仍要继续的理由').fill(reason);
  await ask.getByRole('button', { name: `仍然进入“${step}”` }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText(`${LABEL}已进入“${step}”`)).toBeVisible();
}

test('a whole quarter at 1366×768: roster, roles, 纪实, 小结, 评鉴, 容错, grading, 公示, print, 归档 from the 待办 page', async ({
  page,
  appUrl,
  dataDir,
}) => {
  test.setTimeout(180_000); // a whole quarter on a shared machine
  await mkdir(SHOTS, { recursive: true });
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: '平时考核 · 首次使用' })).toBeVisible();
  await screen(page, 'first-run');

  // ── The organisation and its roster (the bureau's real-looking 花名册, 30 people).
  await createFixtureOrg(page);
  await home(page);
  await expect(page.getByTestId('preparation')).toContainText('花名册还是空的');
  await screen(page, 'home-empty');
  await page
    .getByTestId('preparation')
    .getByRole('button', { name: /花名册还是空的/ })
    .click();
  await importFixture(page, '导入花名册', '花名册-基本.xlsx', '新增 30');
  await expect(page.getByTestId('roster-count')).toHaveText('共 30 人');
  // The 科长s came in as 科室负责人 (the import's proposals); the others nobody rates yet: flagged, and counted in the tree.
  await expect(rosterRow(page, '杨霞')).not.toContainText('无评鉴人');
  await expect(rosterRow(page, '卢宁')).toContainText('无评鉴人');
  await expect(page.locator('.tree-flag').first()).toHaveText('19');
  await screen(page, 'roster-imported');

  // ── 局领导 (not in the 花名册 of 科室 staff) and who rates whom.
  const units = await api(page, 'units:list', {});
  const unit = (name: string) => units.find((u) => u.name === name)!;
  const bureau = unit('局机关');
  const centre = unit('医疗保障事业管理中心');
  const leader = async (name: string, post: string) =>
    (await api(page, 'people:save', { unitId: bureau.id, fields: { ...EMPTY_PERSON_FIELDS, name, post } })).id;
  const role = (personId: string, kind: 'principal' | 'leadershipMember' | 'departmentHead', unitId: string, supervised: string[] = []) =>
    api(page, 'roles:save', { personId, kind, unitId, supervisedUnitIds: supervised, from: '2026-01-01', until: null });
  await role(await leader('郭建国', '党组书记、局长'), 'principal', bureau.id);
  const bureauDepartments = units.filter((u) => u.parentId === bureau.id && u.kind === 'department').map((u) => u.id);
  await role(await leader('李卫东', '党组成员、副局长'), 'leadershipMember', bureau.id, bureauDepartments);
  await role(await leader('黄海燕', '党组成员、副局长'), 'leadershipMember', bureau.id, [centre.id]);
  const people = await api(page, 'people:list', {});
  const id = (name: string) => people.find((p) => p.name === name)!.id;
  await role(id('高敏'), 'departmentHead', unit('综合科').id);

  // 组织人事科 has no 科长: its 副科长 赵杰敏 主持工作, as the clerk enters it (单位与职责 → 新增管理职责).
  await page.getByRole('menuitem', { name: '单位与职责' }).click();
  await page.getByRole('button', { name: '新增管理职责' }).click();
  const roleDialog = page.getByRole('dialog', { name: '新增管理职责' });
  await roleDialog.getByRole('combobox', { name: '人员' }).fill('赵杰敏');
  await page.keyboard.press('Enter');
  await roleDialog.getByRole('combobox', { name: '职责' }).click();
  await page.getByTitle('科室负责人', { exact: true }).click();
  await expect(roleDialog).toContainText('组织人事科'); // 范围 pre-filled with her 科室
  await pickDate(roleDialog.getByLabel('起始日期'), '2026-01-01');
  await screen(page, 'role-dialog');
  await roleDialog.getByRole('button', { name: '确定' }).click();
  await expect(roleDialog).toBeHidden();
  await screen(page, 'units-and-roles');
  await page.getByRole('menuitem', { name: '花名册' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 33 人');
  await expect(page.locator('.tree-flag')).toHaveCount(0);
  await screen(page, 'roster-with-leaders');

  // ── The quarter, opened from the 待办 page.
  await home(page);
  await expect(page.getByTestId('preparation')).toContainText('花名册：在职 33 人');
  // Two 科室 have no 科长, but 李卫东 分管 them and rates their people: nothing is missing, the line only says so.
  await expect(page.getByTestId('preparation')).toContainText('管理职责：已登记 12 项');
  await expect(page.getByTestId('todo-rated-above')).toContainText('医药服务管理科、基金监管科没有科室负责人，由分管领导李卫东评鉴');
  await page.getByRole('button', { name: '新建考核周期' }).click();
  const open = page.getByRole('dialog', { name: '新建考核周期' });
  await open.getByLabel('年度').fill('2026');
  await open.getByRole('combobox', { name: '季度' }).click();
  await page.locator('.ant-select-item-option[title="第四季度"]').click();
  await expect(open).toContainText(`将建立“${LABEL}”（2026.10.01—2026.12.31）`);
  await screen(page, 'open-period');
  await page.keyboard.press('Control+Enter');
  await expect(open).toBeHidden();
  await expect(page.getByRole('heading', { name: LABEL })).toBeVisible();
  await expect(page.getByTestId('participants-count')).toHaveText('共 33 人');
  await screen(page, 'participants');
  const periodId = '2026-Q4';

  // 工作纪实 by keyboard for 杨霞; a date after today is refused where it is typed.
  await page.getByRole('tab', { name: '工作纪实' }).click();
  await page.getByRole('combobox', { name: '人员' }).click();
  await page.keyboard.type('杨霞');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('日期')).toBeFocused();
  await page.keyboard.type('2026-10-12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('起草三季度工作总结和四季度工作要点');
  await page.keyboard.press('Tab');
  await page.keyboard.type('已完成');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('records').getByRole('row', { name: /2026\.10\.12 起草三季度工作总结/ })).toBeVisible();
  await page.keyboard.type('2026-12-20');
  await page.keyboard.press('Enter');
  await expect(page.getByText('“2026-12-20”：日期不能晚于今天（2026.12.07）：工作纪实记已经做过的工作')).toBeVisible();
  // The box does not fall back to the last good date (Enter again would file the next entry under it).
  await expect(page.getByLabel('日期')).not.toHaveValue('2026-10-12');
  await expect(page.getByLabel('日期')).toBeFocused();
  await screen(page, 'records');
  await page.getByLabel('日期').fill('');

  // 个人小结 for 杨霞.
  await page.getByRole('tab', { name: '个人小结' }).click();
  await page.getByRole('combobox', { name: '人员' }).click();
  await page.keyboard.type('杨霞');
  await page.keyboard.press('Enter');
  await page
    .getByRole('textbox', { name: '个人小结' })
    .fill(
      '本季度主要负责办公室文稿起草和会务保障工作，完成季度工作总结、局务会议纪要等文稿十余篇，' +
        '配合做好医保基金监管专项行动的综合协调。不足是调研不够深入，下季度将加强学习。',
    );
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(/上次保存/)).toBeVisible();
  await screen(page, 'summary');

  // ── 表现记录: 杨霞's 工作推进不理想 is judged 容错 (免责); 蓝志's stands.
  await api(page, 'incidents:save', {
    personId: id('蓝志'),
    kind: '工作推进不理想',
    handling: '批评教育',
    date: '2026-11-05',
    reason: '异地就医直接结算备案清理工作滞后',
    docNo: null,
  });
  await page.getByRole('menuitem', { name: '表现记录' }).click();
  await page.getByRole('button', { name: '登记表现记录' }).click();
  const add = page.getByRole('dialog', { name: '登记表现记录' });
  await add.getByRole('combobox', { name: '人员' }).fill('杨霞');
  await page.keyboard.press('Enter');
  await add.getByRole('combobox', { name: '类别' }).fill('工作推进不理想');
  await page.keyboard.press('Enter');
  await add.getByRole('combobox', { name: '处理方式' }).fill('提醒谈话');
  await page.keyboard.press('Enter');
  await pickDate(add.getByLabel('时间'), '2026-10-20');
  await add.getByLabel('事由').fill('政务信息报送系统切换时漏报两期信息');
  await screen(page, 'incident-dialog');
  await page.keyboard.press('Control+Enter');
  await expect(add).toBeHidden();
  const yang = page.getByTestId('incidents').locator('.grid-row').filter({ hasText: '杨霞' });
  await yang.getByRole('button', { name: '容错' }).click();
  const tolerance = page.getByRole('dialog', { name: '容错认定：杨霞 2026.10.20 工作推进不理想' });
  await tolerance.getByLabel('认定机关').fill('局党组');
  await tolerance.getByLabel('认定文号').fill('医保党组〔2026〕21号');
  await pickDate(tolerance.getByLabel('认定日期'), '2026-11-02');
  await tolerance.getByText('因缺乏经验、先行先试出现的失误，区别于明知故犯').click();
  await screen(page, 'tolerance-dialog');
  await tolerance.getByRole('button', { name: '确定' }).click();
  await expect(tolerance).toBeHidden();
  await expect(yang).toContainText('免责');
  await screen(page, 'incidents');

  // ── The 待办 page in 进行中: the gaps per unit; its line leads to the period.
  await home(page);
  await expect(page.getByTestId('todo')).toContainText(LABEL);
  await screen(page, 'home-recording');
  await page.getByRole('button', { name: '打开考核周期' }).click();
  await forward(page, '评鉴', /33 人的工作纪实不全（每周至少一条）.*32 人还没有个人小结/s, '纸质纪实和小结已收齐，另行存档');

  // ── 评鉴: 徐桂's 评鉴表 for his 科 goes out (only his people), comes back filled, is read in.
  await page.getByRole('tab', { name: '评鉴' }).click();
  await page.locator('#review-unit').click();
  await page.getByRole('tree').last().getByText('待遇保障科').click();
  await page.getByRole('button', { name: '导出评鉴表' }).click();
  await expect(page.getByRole('menuitem', { name: /^李卫东的评鉴表（评 1 人）$/ })).toBeVisible();
  await screen(page, 'review-export-menu');
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '徐桂的评鉴表（评 6 人）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^评鉴表-${LABEL}-待遇保障科-徐桂-\\d{8}\\.xlsx$`));
  const sheetFile = join(dirname(dataDir), 'returned', download.suggestedFilename());
  await download.saveAs(sheetFile);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sheetFile);
  const ws = wb.getWorksheet('评鉴表')!;
  const names: string[] = [];
  for (let r = 5; ws.getCell(r, 2).value; r++) {
    names.push(String(ws.getCell(r, 2).value));
    ws.getCell(r, 5).value = 86;
    ws.getCell(r, 6).value = '较好';
    ws.getCell(r, 7).value = '工作认真，完成本季度待遇保障各项任务';
  }
  expect(names.sort()).toEqual(['吴杰', '张英', '徐飞勇', '蓝志', '覃飞娟', '陈涛英'].sort()); // not 徐桂 himself
  await wb.xlsx.writeFile(sheetFile);
  await page.getByRole('button', { name: '导入评鉴表' }).click();
  const importing = page.getByRole('dialog', { name: /导入评鉴表/ });
  await importing.locator('input[type=file]').setInputFiles(sheetFile);
  await expect(importing.getByTestId('import-counts')).toContainText('新增 6');
  await screen(page, 'review-import');
  await importing.getByRole('button', { name: '确认导入' }).click();
  await expect(importing.getByText('导入完成')).toBeVisible();
  await importing.getByRole('button', { name: '完成' }).click();

  // The other 评鉴 as their 评鉴人 returned them: 一般 for 杨霞, 较好 for the rest; then 好 for as
  // many staff as there are seats plus one, the last two on the same score (a tie at the cut).
  const { participants } = await api(page, 'periods:get', { id: periodId });
  const reviewed = new Set(names);
  const save = (personId: string, score: number, proposed: 'good' | 'fair' | 'average') =>
    api(page, 'reviews:save', { periodId, personId, score, proposed, comment: '能够较好完成工作任务' });
  for (const p of participants)
    if (!reviewed.has(p.name) && !p.superior) await save(p.personId, p.name === '杨霞' ? 75 : 85, p.name === '杨霞' ? 'average' : 'fair');
  const seats = (await api(page, 'reviews:grid', { periodId, unitId: unit('办公室').id })).quota.seats;
  const leaders = new Set(['李卫东', '黄海燕', '徐桂', '蓝文', '杨萍霞', '赵平', '高秀浩', '马志鹏', '欧阳芳超', '高敏', '赵杰敏']);
  const good = participants
    .filter((p) => !reviewed.has(p.name) && !p.superior && !leaders.has(p.name) && p.name !== '杨霞')
    .slice(0, seats + 1);
  expect(good).toHaveLength(seats + 1);
  for (const [g, p] of good.entries()) await save(p.personId, 99 - Math.min(g, seats - 1), 'good');
  await home(page);
  await screen(page, 'home-reviewing');
  await page.getByRole('button', { name: '打开考核周期' }).click();
  await page.getByRole('tab', { name: '评鉴' }).click();
  await expect(page.getByTestId('review-grid')).toContainText('李卫东');
  await screen(page, 'reviews');
  await forward(page, '评定', null, '');

  // ── 等次评定, reached from the 待办 page.
  await home(page);
  await todoLine(page, /还没有运行评定/).click();
  await page.getByRole('button', { name: '运行评定' }).first().click();
  await expect(page.getByTestId('tie')).toBeVisible();
  const xugui = page.getByTestId('accountability-card');
  await expect(xugui).toHaveCount(1); // 李卫东 分管 办公室 too, where 杨霞 is 一般: his area is cleared
  await expect(xugui).toContainText('徐桂（科室负责人）→ 直接评为“较差”');
  await expect(xugui).toContainText('口径：按职责范围；范围：待遇保障科');
  await screen(page, 'grading');
  await home(page);
  await expect(todoLine(page, /同分待决定/)).toBeVisible();
  await expect(todoLine(page, /管理责任结果待确认：.*徐桂/)).toBeVisible();
  await screen(page, 'home-grading');
  await todoLine(page, /同分待决定/).click();
  const tie = page.getByTestId('tie');
  const tied = good.slice(-2).map((p) => p.name);
  await tie.getByLabel(new RegExp(tied[0])).check();
  await tie.getByRole('button', { name: '确定' }).click();
  await expect(tie).toBeHidden();
  await expect(page.getByTestId('quota')).toContainText(`好 名额 ${seats}，已用 ${seats}`);
  await xugui.getByTestId('confirm-one').click();
  await page.getByPlaceholder('说明（可不填），如：经局党组会议研究同意').fill('经局党组会议研究同意');
  await page.getByRole('button', { name: '确认这一结果' }).click();
  await expect(xugui).toContainText('已确认');
  await expect(page.getByTestId('accountability')).toContainText('公示不受影响');
  await screen(page, 'grading-decided');

  // ── 公示, then the 公示名单 with the phone and the 公示期, printed to PDF.
  await page.getByRole('button', { name: '公示' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '公示' }).click();
  await expect(page.getByText(`${LABEL}已进入“公示”`)).toBeVisible();
  await page.getByRole('button', { name: '表格' }).click();
  await page.getByRole('menuitem', { name: '公示名单…' }).click();
  const notice = page.getByRole('dialog', { name: `公示名单：${LABEL}` });
  await expect(notice.getByPlaceholder('开始日期')).toHaveValue('2026-12-07');
  await expect(notice.getByPlaceholder('结束日期')).toHaveValue('2026-12-13');
  await notice.getByLabel('联系电话').fill('0775-4561234');
  await screen(page, 'notice-settings');
  await notice.getByRole('button', { name: '预览' }).click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  const sheet = preview.frameLocator('iframe[title="打印预览"]');
  await expect(sheet.locator('body')).toContainText('0775-4561234');
  await expect(sheet.locator('body')).toContainText('2026年12月13日');
  await screen(page, 'print-preview');
  const pdf = page.waitForEvent('download');
  await preview.getByRole('button', { name: '另存为 PDF' }).click();
  const pdfPath = join(SHOTS, '公示名单.pdf');
  await (await pdf).saveAs(pdfPath);
  expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
  await preview.getByRole('button', { name: '关闭' }).click();

  // ── 归档 from the 待办 page: before the 公示期 ends it warns and asks for a reason.
  await home(page);
  await expect(page.getByTestId('todo')).toContainText('公示中，还有 7 天期满');
  await screen(page, 'home-publishing');
  await page.getByRole('button', { name: '打开考核周期' }).click();
  await forward(page, '已归档', /公示期到 2026\.12\.13 才结束，还有 7 天/, '公示期内无异议反馈，经局党组同意提前归档');
  await expect(page.getByTestId('locked-hint')).toContainText(`${LABEL}已归档，考核材料只能查看`);
  await screen(page, 'archived');
  await home(page);
  await expect(todoLine(page, new RegExp(`${LABEL}已归档：下一期请新建考核周期`))).toBeVisible();
  await screen(page, 'home-archived');
});
