import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VerifyReport } from '../../../shared/api/contract';
import { OrgDataSchema } from '../../../shared/domain/org';
import { checkIdNumber } from '../../../shared/text/id-card';
import { listSnapshots } from '../backup/snapshots';
import { listLedgerFiles } from '../store/folder/data-folder';
import type { ReadContext } from '../context';
import { parseJsonOrNull } from '../../../shared/text/json';

/** What `verify` checks: files on disk parse and validate, references hold, the audit chain is whole. */
export async function verifyData(ctx: ReadContext): Promise<VerifyReport> {
  const checks: VerifyReport['checks'] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const folder = ctx.folder;
  const org = ctx.view.orgOrNull();
  if (!org) {
    check('单位数据', false, '这个数据文件夹还没有建立单位。');
  } else {
    const onDisk = OrgDataSchema.safeParse(parseJsonOrNull(await readFile(join(folder.dir, 'org.json'), 'utf8').catch(() => '')));
    check(
      'org.json 文件',
      onDisk.success,
      onDisk.success ? '文件完整，格式正确。' : `文件无法通过格式检查：${onDisk.error.issues[0]?.message}`,
    );
    const unitIds = new Set(org.units.map((u) => u.id));
    const personIds = new Set(org.people.map((p) => p.id));
    const badUnit = org.people.filter(
      (p) => !unitIds.has(p.unitId) || p.unitHistory.at(-1)?.unitId !== p.unitId || p.unitHistory.some((s) => !unitIds.has(s.unitId)),
    );
    check(
      '人员所在单位',
      badUnit.length === 0,
      badUnit.length
        ? `${badUnit.length} 人的所在单位或调动记录对不上，如 ${badUnit[0].name}。`
        : `${org.people.length} 人的所在单位和调动记录一致。`,
    );
    const badRole = org.roles.filter(
      (r) => !personIds.has(r.personId) || !unitIds.has(r.unitId) || r.supervisedUnitIds.some((u) => !unitIds.has(u)),
    );
    check(
      '管理职责',
      badRole.length === 0,
      badRole.length ? `${badRole.length} 项管理职责指向不存在的人员或单位。` : `${org.roles.length} 项管理职责均有效。`,
    );
    const badId = org.people.filter((p) => p.idNumber && !checkIdNumber(p.idNumber).ok);
    const seen = new Map<string, string>();
    const dupId = org.people.filter((p) => p.idNumber && (seen.has(p.idNumber) || !seen.set(p.idNumber, p.name)));
    check(
      '身份证号',
      badId.length + dupId.length === 0,
      badId.length || dupId.length ? `${badId.length} 个身份证号校验不通过，${dupId.length} 个重复。` : '全部身份证号校验通过且不重复。',
    );
  }
  const chain = await folder.audit.verify();
  check('操作日志', chain.ok, chain.detail);
  await checkFileHashes(ctx, check);
  const snaps = await listSnapshots(folder.dir);
  check(
    '自动备份',
    true,
    snaps.length
      ? `有 ${snaps.length} 份自动备份，最近一份在 ${snaps[0].createdAt.slice(0, 16).replace('T', ' ')}（UTC）。`
      : '还没有自动备份。',
  );
  return { ok: checks.every((c) => c.ok), checks };
}

/**
 * Each data file against the hash the app recorded when it last wrote it: a file edited, replaced
 * or added outside the app is named; so is one the app wrote that is gone.
 */
async function checkFileHashes(ctx: ReadContext, check: (name: string, ok: boolean, detail: string) => void): Promise<void> {
  const { folder } = ctx;
  const ledger = folder.ledger;
  const known = ledger.known();
  const onDisk = await listLedgerFiles(folder.dir);
  const changed: string[] = [];
  const unknown: string[] = [];
  for (const rel of onDisk) {
    const content = await readFile(join(folder.dir, ...rel.split('/')));
    const v = ledger.verdict(rel, content);
    if (v === 'changed') changed.push(rel);
    if (v === 'unknown') unknown.push(rel);
  }
  const present = new Set(onDisk);
  // A file whose first write a crash cut short was never there: an interrupted save, not a deletion.
  const missing = [...known.keys()].filter((rel) => !present.has(rel) && !ledger.creationInterrupted(rel));
  const problems = [
    ...changed.map((f) => `${f} 与程序最后一次保存的内容不一致，在程序之外被修改过`),
    ...unknown.map((f) => `${f} 不是由本程序写入的`),
    ...missing.map((f) => `${f} 已被删除`),
  ];
  const earlier = (await folder.audit.all()).filter((e) => e.action === 'file.outside');
  const history = earlier.length ? `；操作日志中记有 ${earlier.length} 次启动或读取时发现的改动，最近一次：${earlier.at(-1)!.summary}` : '';
  check(
    '数据文件校验值',
    problems.length === 0,
    problems.length
      ? `${problems.slice(0, 5).join('；')}${problems.length > 5 ? `；等 ${problems.length} 个文件` : ''}。如非有意修改，请从备份恢复${history}。`
      : `${onDisk.length} 个数据文件与程序最后一次保存的内容一致${history}。`,
  );
}
