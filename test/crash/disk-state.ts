/**
 * Reads a data folder straight from disk, as the crash tests see it between a kill and the next
 * start: every data file must parse and pass its schema (a half-written file would not). What the
 * next start will see is the files with the change journal's complete records laid over them (a
 * change is made once its record is in the journal, before its files are replaced).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { PeriodSummarySchema } from '../../shared/api/appraisal-schemas';
import { AuditEntrySchema } from '../../shared/api/contract';
import { IncidentsFileSchema, type IncidentsFile } from '../../shared/domain/incident';
import { OrgDataSchema, type OrgData } from '../../shared/domain/org';
import { PeriodSchema, type Period } from '../../shared/domain/period';
import { UnitInputsSchema, type UnitInputs } from '../../shared/domain/period-inputs';
import { JOURNAL_FILE, parseJournal } from '../../electron/services/store/file/journal';
import { MetaSchema } from '../../electron/services/store/folder/meta';

export interface DiskState {
  org: OrgData | null;
  incidents: IncidentsFile | null;
  periods: Map<string, Period>;
  /** `<periodId>/<unitId>` → that unit's inputs. */
  units: Map<string, UnitInputs>;
  auditEntries: number;
  /** Files that did not parse or validate: must stay empty. */
  damaged: string[];
  /** Temp files lying around (expected right after a kill, never after a start). */
  temps: string[];
}

const SCHEMAS: [RegExp, z.ZodType][] = [
  [/^meta\.json$/, MetaSchema],
  [/^org\.json$/, OrgDataSchema],
  [/^incidents\.json$/, IncidentsFileSchema],
  [/^periods\/index\.json$/, z.object({ periods: z.array(PeriodSummarySchema) })],
  [/^periods\/[^/]+\/period\.json$/, PeriodSchema],
  [/^periods\/[^/]+\/units\/[^/]+\.json$/, UnitInputsSchema],
];

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

export async function readDisk(dataDir: string): Promise<DiskState> {
  const state: DiskState = { org: null, incidents: null, periods: new Map(), units: new Map(), auditEntries: 0, damaged: [], temps: [] };
  const journal = parseJournal(await readFile(join(dataDir, JOURNAL_FILE)).catch(() => Buffer.alloc(0)));
  const journaled = new Map(journal.flatMap((r) => r.files.map((f) => [f.rel, f.bytes.toString('utf8')] as const)));
  const onDisk = (await walk(dataDir)).map((path) => relative(dataDir, path).split('\\').join('/'));
  for (const rel of new Set([...onDisk, ...journaled.keys()])) {
    const path = join(dataDir, ...rel.split('/'));
    const name = rel.split('/').pop()!;
    if (name.endsWith('.tmp')) {
      state.temps.push(rel);
      continue;
    }
    // A .bak is the previous whole version of its file: it must validate too.
    const logical = rel.replace(/\.bak$/, '');
    if (/^audit\/\d{4}\.jsonl$/.test(rel)) {
      const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '');
      for (const [i, line] of lines.entries()) {
        if (!AuditEntrySchema.safeParse(safeJson(line)).success) state.damaged.push(`${rel}:${i + 1}`);
      }
      state.auditEntries += lines.length;
      continue;
    }
    if (rel === JOURNAL_FILE) continue;
    const schema = SCHEMAS.find(([re]) => re.test(logical))?.[1];
    if (!schema) continue;
    const parsed = schema.safeParse(safeJson(journaled.get(rel) ?? (await readFile(path, 'utf8'))));
    if (!parsed.success) {
      state.damaged.push(rel);
      continue;
    }
    if (rel !== logical) continue;
    const data = parsed.data as never;
    if (rel === 'org.json') state.org = data;
    else if (rel === 'incidents.json') state.incidents = data;
    else if (rel.endsWith('/period.json')) state.periods.set(rel.split('/')[1], data);
    else if (rel.includes('/units/')) state.units.set(`${rel.split('/')[1]}/${name.replace(/\.json$/, '')}`, data);
  }
  return state;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
