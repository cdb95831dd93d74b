import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-process';
import { fixture, openTestDesk, tempDir } from './helpers';

describe('CLI', () => {
  it('init, demo refusal, status, backup, verify: exit codes and one JSON object each', async () => {
    const dir = await tempDir();
    const init = await cli(['init', '--org', '测试市医疗保障局', '--departments', '办公室，组织人事科', '--data', dir, '--json']);
    expect(init.code).toBe(0);
    const out = JSON.parse(init.stdout);
    expect(out).toMatchObject({ ok: true, data: { organisationName: '测试市医疗保障局', counts: { units: 3 } } });

    const again = await cli(['demo', '--data', dir, '--json']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({
      ok: false,
      code: 'REJECTED',
      message: '这个数据文件夹已经建立了单位，不能再次创建。',
    });

    const backup = await cli(['backup', join(dir, '..', `${dir.split('/').pop()}.backup`), '--data', dir]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^已备份到 .*\.backup（\d+ KB）。/);

    const verify = await cli(['verify', '--data', dir, '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).ok).toBe(true);
  });

  it('a roster with errors: each names its sheet, row and column; a file with nobody under its header is refused as a whole, without a row 0', async () => {
    const dir = await tempDir();
    expect((await cli(['init', '--org', 'XX市医疗保障局', '--departments', '办公室', '--data', dir])).code).toBe(0);
    const empty = await cli(['import', 'roster', fixture('rosters/干部名册-空表.xls'), '--data', dir, '--dry-run']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('错误 “干部名册(常规A4)”：在工作表“干部名册(常规A4)”第4—5行找到了表头，但表头下面没有人员。');
    expect(empty.stderr).toContain('这份文件不能导入，没有写入任何数据。');
    expect(empty.stderr).not.toMatch(/第0行|有 0 行/);
    const messy = await cli(['import', 'roster', fixture('花名册-多级表头.xlsx'), '--data', dir, '--dry-run']);
    expect(messy.code).toBe(1);
    expect(messy.stderr).toContain('错误 “在职人员”第26行“姓名”：姓名为空');
    expect(messy.stderr).toContain('有 4 行不能导入，没有写入任何数据。');
  });

  it('usage errors exit 2 with the usage text', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/未知的命令“frobnicate”/);
    expect(r.stderr).toMatch(/用法：npm run cli/);
    expect((await cli(['demo', '--people', 'many', '--data', await tempDir()])).code).toBe(2);
    expect((await cli(['backup', '--data', await tempDir()])).stderr).toMatch(/backup 需要一个文件路径/);
  });

  it('prints the 花名册 with the columns named on the command line; a column it does not know is a usage error', async () => {
    const dir = await tempDir();
    expect((await cli(['init', '--org', '测试局', '--departments', '办公室', '--data', dir])).code).toBe(0);
    const pdf = join(dir, '..', `${dir.split('/').pop()}-花名册.pdf`);
    const bad = await cli(['export', 'roster', pdf, '--columns', '姓名,工资', '--data', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--columns 的列应为 序号、姓名、现任职务.* 中的几个，而不是“工资”。/);
    const ok = await cli(['export', 'roster', pdf, '--columns', '姓名，现任职务、出生年月', '--data', dir, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a folder held by another program exits 3 and names the holder', async () => {
    const dir = await tempDir();
    await openTestDesk(dir);
    const r = await cli(['status', '--data', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/正在被测试程序使用（本机，用户 .+，进程号 \d+/);
  });

  it('verify finds a hand-edited audit log and names the entry (exit 3)', async () => {
    const dir = await tempDir();
    expect((await cli(['demo', '--people', '50', '--data', dir])).code).toBe(0);
    const year = String(new Date().getFullYear());
    const file = join(dir, 'audit', `${year}.jsonl`);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const first = JSON.parse(lines[0]);
    first.summary = `${first.summary}（改）`;
    await writeFile(file, `${JSON.stringify(first)}\n`);
    const r = await cli(['verify', '--data', dir]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/✗ 操作日志：操作日志 \d{4}\.jsonl 第1行（第1条.*）与前一条不衔接/);
  });

  it('damaged data with no good copy exits 3 with a sentence, not a stack trace', async () => {
    const dir = await tempDir();
    await cli(['init', '--org', '测试局', '--data', dir]);
    await writeFile(join(dir, 'org.json'), 'garbage');
    await writeFile(join(dir, 'org.json.bak'), 'garbage');
    const r = await cli(['status', '--data', dir, '--json']);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: false, code: 'DAMAGED' });
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
