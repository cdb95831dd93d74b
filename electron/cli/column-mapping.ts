import { readFileSync } from 'node:fs';
import { fieldChoices, mappingFromPairs } from '../../shared/import/column-mapping';
import { ROSTER_FIELD_MAP } from '../../shared/import/roster-sheet';
import { UsageError, userPath } from './args';

/**
 * --map 表头=字段[,表头=字段…] and --map-file 文件.json ({"表头": "字段"}): roster columns to read as
 * a field (by its label or key), remembered like the dialog's choices once the import is written.
 */
export function columnMapping(pairs: string | undefined, mapFile: string | undefined): Record<string, string> | undefined {
  if (pairs === undefined && mapFile === undefined) return undefined;
  const all: [string, string][] = [];
  if (mapFile !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(userPath(mapFile), 'utf8'));
    } catch (e) {
      throw new UsageError(`--map-file：无法读取“${mapFile}”（${(e as Error).message}）。应为 {"表头": "字段"} 形式的 JSON 文件。`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string'))
      throw new UsageError(`--map-file：“${mapFile}”应为 {"表头": "字段"} 形式的 JSON 对象。`);
    all.push(...Object.entries(parsed as Record<string, string>));
  }
  for (const pair of (pairs ?? '').split(/[,，;；]/).filter((x) => x.trim())) {
    const at = pair.lastIndexOf('=');
    if (at < 0) throw new UsageError(`--map 的每一项应写成 表头=字段，而不是“${pair}”。`);
    all.push([pair.slice(0, at), pair.slice(at + 1)]);
  }
  try {
    return mappingFromPairs(all, fieldChoices(ROSTER_FIELD_MAP));
  } catch (e) {
    throw new UsageError(`--map：${(e as Error).message}。`);
  }
}
