import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-process';
import { tempDir } from './helpers';

/**
 * A whole quarter from the command line alone (issue 16), as a clerk without the screens would
 * run it: each step is the real CLI in its own process on one data folder, no HTTP host.
 *
 * 局机关: 李局 (党组主要负责人, 由上级党组织考核), 刘局 (班子成员, 分管 办公室 and 待遇保障科).
 * 办公室: 王五 (科室负责人), 甲, 乙, 丙. 待遇保障科: 赵六 (科室负责人), 丁, 戊.
 */
async function rosterFile(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['姓名', '单位', '职务', '编制类型']);
  for (const [name, unit, post] of [
    ['李局', '局机关', '局长'],
    ['刘局', '局机关', '副局长'],
    ['王五', '办公室', '主任'],
    ['甲', '办公室', '科员'],
    ['乙', '办公室', '科员'],
    ['丙', '办公室', '科员'],
    ['赵六', '待遇保障科', '科长'],
    ['丁', '待遇保障科', '科员'],
    ['戊', '待遇保障科', '科员'],
  ])
    ws.addRow([name, unit, post, '行政编制']);
  const file = join(dir, '花名册.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** A fresh data folder and the CLI on it: `run` expects the exit code, `json` parses what --json prints. */
async function onFolder() {
  const dir = await tempDir();
  const data = join(dir, 'data');
  const run = async (args: string[], code = 0) => {
    const r = await cli([...args, '--data', data]);
    expect(r.code, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(code);
    return r;
  };
  const json = async (args: string[], code = 0) => JSON.parse((await run([...args, '--json'], code)).stdout);
  /**
   * The roster import takes the 管理职责 its 职务 suggest, held from today; the quarter here is
   * earlier, so the clerk removes them and enters them again with their real dates.
   */
  const dropImportedRoles = async () => {
    const roles = (await json(['roles', 'list'])).data as { id: string; personName: string; from: string }[];
    for (const r of roles) await run(['roles', 'remove', r.id]);
    return roles.map((r) => `${r.personName} ${r.from}`).sort();
  };
  return { dir, data, run, json, dropImportedRoles };
}

describe('CLI: a whole quarter without the screens', () => {
  it('roster, roles, records, reviews, incidents, 容错, grade, confirm, tie by name, publish, archive, annual', async () => {
    const { dir, data, run, json, dropImportedRoles } = await onFolder();
    const q = '2026-Q3';

    await run(['init', '--org', '测试市医疗保障局', '--departments', '办公室,待遇保障科']);
    expect((await json(['import', 'roster', await rosterFile(dir)])).created).toBe(9);
    const units = (await json(['units'])).data as { id: string; name: string }[];
    expect(units.map((u) => u.name)).toEqual(['局机关', '办公室', '待遇保障科']);
    const people = (await json(['people'])).data as { id: string; name: string; unitLabel: string }[];
    expect(people.map((p) => `${p.name}/${p.unitLabel}`).sort()).toEqual(
      [
        '丁/待遇保障科',
        '丙/办公室',
        '乙/办公室',
        '刘局/局机关',
        '戊/待遇保障科',
        '李局/局机关',
        '王五/办公室',
        '甲/办公室',
        '赵六/待遇保障科',
      ].sort(),
    );

    // 管理职责, by name.
    expect(await dropImportedRoles()).toEqual(['刘局 2026-12-07', '李局 2026-12-07', '王五 2026-12-07', '赵六 2026-12-07']);
    await run(['roles', 'add', '--person', '李局', '--kind', '党组主要负责人', '--from', '2020-01-01']);
    await run(['roles', 'add', '--person', '刘局', '--kind', '党组班子成员', '--supervise', '办公室,待遇保障科', '--from', '2020-01-01']);
    await run(['roles', 'add', '--person', '王五', '--kind', '科室负责人', '--unit', '办公室', '--from', '2020-01-01']);
    await run(['roles', 'add', '--person', '赵六', '--kind', '科室负责人', '--unit', '待遇保障科', '--from', '2020-01-01']);
    expect((await run(['roles', 'list'])).stdout).toMatch(/刘局 {2}党组班子成员 {2}局机关 {2}分管：办公室、待遇保障科/);

    // The quarter: records, 小结, reviews. 8 graded (李局 is appraised by the superior organisation): 3 seats for 好;
    // 甲 95 keeps one, 乙 丙 丁 tie at 92 for the other two. 戊 is 一般, so 待遇保障科 and the 分管范围 had an 一般.
    await run(['period', 'open', q]);
    await run(['record', 'add', q, '--person', '甲', '--date', '2026-07-08', '--content', '起草半年工作总结', '--progress', '已完成']);
    await run(['summary', 'set', q, '--person', '甲', '--text', '本季度完成半年总结等工作。', '--leave', '1']);
    const reviews: [string, number, string][] = [
      ['刘局', 90, '较好'],
      ['王五', 88, '较好'],
      ['甲', 95, '好'],
      ['乙', 92, '好'],
      ['丙', 92, '好'],
      ['赵六', 86, '较好'],
      ['丁', 92, '好'],
      ['戊', 70, '一般'],
    ];
    for (const [name, score, grade] of reviews)
      await run(['review', 'set', q, '--person', name, '--score', String(score), '--grade', grade]);
    // 李局 needs no 评鉴 here.
    expect((await run(['review', 'set', q, '--person', '李局', '--score', '90'], 1)).stderr).toMatch(
      /李局由上级党组织考核，不在本局评鉴。/,
    );

    // Incidents and 容错: 甲's 提醒谈话 holds 王五 to account (办公室 had no 一般); 乙's 诫勉 is judged 免责.
    await run([
      'incidents',
      'add',
      '--person',
      '甲',
      '--kind',
      '工作推进不理想',
      '--handling',
      '提醒谈话',
      '--date',
      '2026-08-10',
      '--reason',
      '交办事项逾期',
    ]);
    const caution = (
      await json([
        'incidents',
        'add',
        '--person',
        '乙',
        '--kind',
        '造成不良影响',
        '--handling',
        '诫勉',
        '--date',
        '2026-07-20',
        '--reason',
        '窗口服务投诉',
      ])
    ).data as { id: string };
    // A date after today is refused (the tests' clock stands at 2026-12-07).
    expect(
      (
        await run(
          [
            'incidents',
            'add',
            '--person',
            '丙',
            '--kind',
            '工作推进不理想',
            '--handling',
            '提醒谈话',
            '--date',
            '2026-12-20',
            '--reason',
            '尚未发生',
          ],
          1,
        )
      ).stderr,
    ).toMatch(/晚于今天/);
    await run([
      'incidents',
      'tolerate',
      caution.id,
      '--decision',
      '免责',
      '--body',
      '局党组',
      '--doc',
      '医保党组〔2026〕9号',
      '--date',
      '2026-09-01',
      '--distinction',
      '1',
    ]);
    expect((await run(['incidents', 'list', '--person', '乙'])).stdout).toMatch(
      /造成不良影响（诫勉）.*窗＊＊＊＊ {2}〔免责 医保党组〔2026〕9号〕/,
    );

    // Grade: a tie and an unconfirmed result hold up 公示.
    await run(['period', 'advance', q]);
    await run(['period', 'advance', q]);
    const graded = (await json(['period', 'grade', q])).data;
    expect(graded.pools[0]).toMatchObject({ graded: 8, seats: 3, tie: { seatsLeft: 2 } });
    expect(graded.accountability.map((a: { name: string; scope: string }) => `${a.name}/${a.scope}`)).toEqual(['王五/办公室']);
    expect(graded.accountability[0].incidents[0].reason).toBe('交＊＊＊＊');
    expect(graded.outcomes.find((o: { name: string }) => o.name === '李局')).toMatchObject({ grade: null, superior: true });
    const refused = await run(['period', 'publish', q], 1);
    expect(refused.stderr).toMatch(/^还不能公示：.*乙、丁、丙 同分，请决定由谁保留“好”。.*管理责任规则的结果（王五，办公室）尚未确认/);

    // The tie by name; 确认全部 lists the names and asks again (--yes).
    await run(['period', 'tie', q, '--keep', '乙,丁']);
    const asked = await run(['period', 'confirm', q, '--all'], 1);
    expect(asked.stderr).toBe(
      '将确认以下 1 条管理责任规则结果：\n1. 王五（科室负责人，办公室）评为“较差”\n确认全部请再加 --yes（没有写入任何数据）。\n',
    );
    await run(['period', 'confirm', q, '--all', '--yes', '--note', '经局党组会议研究同意']);
    await run(['period', 'publish', q]);
    await run(['period', 'archive', q]);

    const final = (await json(['period', 'grade', q], 1)) as { ok: boolean; message: string };
    expect(final.message).toMatch(/只有在“评定”阶段才能评定等次/);
    const annual = (await json(['annual', '2026'])).data;
    const grade = (name: string) => annual.rows.find((r: { name: string }) => r.name === name).grades[0];
    expect(['甲', '乙', '丙', '丁', '戊', '王五', '赵六', '刘局'].map(grade)).toEqual([
      'good',
      'good',
      'fair',
      'good',
      'average',
      'poor',
      'fair',
      'fair',
    ]);
    expect(annual.warnings[0]).toMatch(/^2026年只有1期季度平时考核有评定结果（第三季度），全年应有4期/);
    const verify = await cli(['verify', '--data', data]);
    expect(verify.code).toBe(0);
  }, 240_000);

  it('settings get/set, the second review step, call, and refusals by name', async () => {
    const { dir, run, dropImportedRoles } = await onFolder();
    await run(['init', '--org', '测试市医疗保障局', '--departments', '办公室']);
    await run(['import', 'roster', await rosterFile(dir), '--skip-invalid']);
    await dropImportedRoles();
    await run(['roles', 'add', '--person', '刘局', '--kind', '班子成员', '--supervise', '办公室', '--from', '2020-01-01']);
    await run(['roles', 'add', '--person', '王五', '--kind', '科室负责人', '--unit', '办公室', '--from', '2020-01-01']);

    expect((await run(['settings', 'get'])).stdout).toMatch(/^accountabilityReading = responsibility\u3000\u3000“本单位”的范围/m);
    await run(['settings', 'set', 'accountabilityReading=perUnit', 'reviewers.secondStep=是', 'superiorAppraised=刘局']);
    const s = JSON.parse((await run(['settings', 'get', '--json'])).stdout).data;
    expect([s.accountabilityReading, s.reviewers.secondStep, s.superiorAppraised.length]).toEqual(['perUnit', true, 1]);
    expect((await run(['settings', 'set', 'goodRatio=2'], 1)).stderr).toMatch(/^goodRatio：/);
    expect((await run(['settings', 'set', 'nonsense=1'], 1)).stderr).toMatch(/^没有名为“nonsense”的考核设置/);
    await run(['settings', 'set', 'superiorAppraised=']);

    await run(['period', 'open', '2026-Q3']);
    await run(['review', 'set', '2026-Q3', '--person', '甲', '--score', '93', '--grade', '好']);
    expect((await run(['review', 'check', '2026-Q3', '--person', '甲', '--grade', '较好'], 1)).stderr).toBe('调整等次须写明审核意见。\n');
    expect((await run(['review', 'check', '2026-Q3', '--person', '甲', '--grade', '较好', '--opinion', '任务有滞后'])).stdout).toBe(
      '甲 分管领导审核：任务有滞后。等次调整为“较好”。\n',
    );
    expect((await run(['review', 'set', '2026-Q3', '--person', '无此人', '--score', '80'], 1)).stderr).toMatch(
      /^找不到2026年第三季度考核名单中的人“无此人”/,
    );
    const viaCall = JSON.parse(
      (await run(['call', 'reviews:grid', '--input', '{"periodId":"2026-Q3","unitId":"u-002"}', '--json'])).stdout,
    );
    expect(viaCall.data.rows.find((r: { name: string }) => r.name === '甲')).toMatchObject({
      checkerName: '刘局',
      check: { grade: 'fair' },
    });
    expect((await run(['call', 'no:such'], 2)).stderr).toMatch(/没有名为“no:such”的通道/);
  }, 120_000);
});
