import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, importFixture, pickDate, test } from './fixtures';

const incidentRow = (page: Page, text: string) => page.getByTestId('incidents').locator('.grid-row').filter({ hasText: text });

test('表现记录: import, 容错 免责, a repeat of the same kind within 12 months is refused', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByLabel('单位名称').fill('XX市医疗保障局');
  await page.getByLabel('内设科室').fill('办公室\n组织人事科\n待遇保障科\n基金监管科');
  await page.getByLabel('二层单位').fill('医疗保障事业管理中心');
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）

  // The people first: the incidents must name people on the roster.
  await importFixture(page, '导入花名册', '花名册-基本.xlsx', '新增 30');
  await expect(page.getByTestId('roster-count')).toHaveText('共 30 人');
  await page.getByRole('menuitem', { name: '表现记录' }).click();
  await expect(page.getByText('还没有表现记录')).toBeVisible();
  await importFixture(page, '导入表现记录', '表现及问责记录.xlsx', '新增 4');
  await expect(page.getByTestId('incident-count')).toHaveText('共 4 条');

  // Newest first; 6 months of 通报批评 from 2025.02.14 end on 2025.08.13.
  const zhao = incidentRow(page, '赵杰敏');
  await expect(zhao).toContainText('2025.02.14赵杰敏组织人事科工作推进不理想通报批评');
  await expect(zhao).toContainText('医保发〔2025〕3号2025.08.13');
  await expect(zhao).toContainText('已过');
  await expect(incidentRow(page, '高敏')).toContainText('表彰奖励');
  await expect(incidentRow(page, '高敏').getByRole('button', { name: '容错' })).toHaveCount(0);

  // 容错 免责 for 赵杰敏's 工作推进不理想.
  await zhao.getByRole('button', { name: '容错' }).click();
  let tolerance = page.getByRole('dialog', { name: '容错认定：赵杰敏 2025.02.14 工作推进不理想' });
  await tolerance.getByLabel('认定机关').fill('局党组');
  await tolerance.getByLabel('认定文号').fill('医保党组〔2025〕5号');
  await pickDate(tolerance.getByLabel('认定日期'), '2025-03-01');
  await tolerance.getByText('因缺乏经验、先行先试出现的失误，区别于明知故犯').click();
  await tolerance.getByRole('button', { name: '确定' }).click();
  await expect(tolerance).toBeHidden();
  await expect(zhao).toContainText('免责');

  // The same kind again within 12 months: 影响期 prefilled from the handling.
  await page.getByRole('button', { name: '登记表现记录' }).click();
  const add = page.getByRole('dialog', { name: '登记表现记录' });
  await add.getByRole('combobox', { name: '人员' }).fill('赵杰敏');
  await page.keyboard.press('Enter');
  await add.getByRole('combobox', { name: '类别' }).fill('工作推进不理想');
  await page.keyboard.press('Enter');
  await add.getByRole('combobox', { name: '处理方式' }).fill('提醒谈话');
  await page.keyboard.press('Enter');
  await expect(add.getByLabel('影响期')).toHaveValue('3');
  await pickDate(add.getByLabel('时间'), '2025-09-01');
  await add.getByLabel('事由').fill('医保信息平台对接再次推进不力');
  await page.keyboard.press('Control+Enter');
  await expect(add).toBeHidden();
  await expect(page.getByTestId('incident-count')).toHaveText('共 5 条');

  const again = incidentRow(page, '2025.09.01');
  await expect(again).toContainText('赵杰敏');
  await expect(again).toContainText('2025.11.30');
  await again.getByRole('button', { name: '容错' }).click();
  tolerance = page.getByRole('dialog', { name: '容错认定：赵杰敏 2025.09.01 工作推进不理想' });
  await tolerance.getByLabel('认定机关').fill('局党组');
  await tolerance.getByLabel('认定文号').fill('医保党组〔2025〕9号');
  await pickDate(tolerance.getByLabel('认定日期'), '2025-09-10');
  await tolerance.getByRole('button', { name: '确定' }).click();
  await expect(tolerance.getByRole('alert')).toHaveText(
    '同类事件在12个月内重复发生（2025-02-14 工作推进不理想：医保电子处方流转工作规范逾期未出台），按规定不能再次容错。',
  );

  await mkdir(ARTIFACTS, { recursive: true });
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'incidents.png') });
  await tolerance.getByRole('button', { name: '取消' }).click();
  await expect(again).not.toContainText('免责');
});
