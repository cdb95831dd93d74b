/**
 * Reads a data folder straight from disk, as the crash tests see it between a kill and the next
 * start: every data file must parse and pass its schema (a half-written file would not).
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
import { MetaSchema } from '../../electron/services/store/meta';

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
  for (const path of await walk(dataDir)) {
    const rel = relative(dataDir, path).split('\\').join('/');
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
    const schema = SCHEMAS.find(([re]) => re.test(logical))?.[1];
    if (!schema) continue;
    const parsed = schema.safeParse(safeJson(await readFile(path, 'utf8')));
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
