import { Result } from 'antd';
import type { ImportResult } from '@shared/api/contract';

const SHOWN = 8;
const listed = (names: string[]) => (names.length > SHOWN ? `${names.slice(0, SHOWN).join('、')} 等 ${names.length} 个` : names.join('、'));

/** What the commit wrote, counted the way the clerk counts (人 or 条). */
export function ImportDone({ result, noun }: { result: ImportResult; noun: string }) {
  const parts = [`新增 ${result.created} ${noun}`, `更新 ${result.updated} ${noun}`, `无变化 ${result.unchanged} ${noun}`];
  if (result.skipped) parts.push(`跳过 ${result.skipped} 行有错误的行`);
  if (result.newUnits.length) parts.push(`新建单位 ${listed(result.newUnits)}`);
  parts.push(...(result.also ?? []));
  return <Result status="success" title="导入完成" subTitle={`${parts.join('，')}。`} />;
}
