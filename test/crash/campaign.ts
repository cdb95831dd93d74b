/**
 * Crash campaign: a long random sequence of writes through the contract to a desk process that
 * is killed with SIGKILL at random moments (while starting, while idle, in the middle of a
 * write), restarted, and checked each time:
 *  - every data file on disk parses and validates (no half-written file, ever);
 *  - the next start takes the dead process's lock over and opens the folder;
 *  - every write acknowledged before the kill is there (the one in flight may or may not be);
 *  - the audit chain verifies (data:verify), and no temp file outlives the next start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../shared/api/result';
import { seeded, type Rng } from '../../electron/services/demo/random';
import { todayIso } from '../../electron/services/clock';
import { readDisk, type DiskState } from './disk-state';
import { DeskProcess, HostProcess, type Desk } from './desk-process';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';

export interface CampaignStats {
  kills: number;
  killsDuringStart: number;
  killsDuringWrite: number;
  killsWhileIdle: number;
  /** Kills after which a temp file lay on disk: a durable write was cut between its steps. */
  killsMidFileWrite: number;
  /** Acknowledged writes, each checked after every later kill until the end. */
  writesAcknowledged: number;
  /** Fact checks made after restarts (one acknowledged write checked once = 1). */
  factChecks: number;
  /** Writes in flight at a kill that turned out to have landed / not landed. */
  inFlightLanded: number;
  inFlightLost: number;
  lockTakeovers: number;
  /** Starts refused because the lock file was cut mid-write (the clerk waits 5 s). */
  lockWaits: number;
  bakRecoveries: number;
  /** Entries in the audit logs at the end, all verified after every restart. */
  auditEntries: number;
  ms: number;
}

export interface CampaignOptions {
  kills: number;
  seed: number;
  /** Independent data folders driven side by side (2 cores: 2). */
  lanes?: number;
  /** `child`: the bundled desk child over stdin/stdout; `host`: electron/host.ts over HTTP. */
  transport?: 'child' | 'host';
  onKill?: (lane: number, kill: number) => void;
}

const PERIOD = '2025-Q1';

type Op = { channel: string; input: unknown; facts: (r: unknown) => [string, unknown][] };

/** One data folder and its model of what must be on disk. */
class Lane {
  /** key → the values allowed on disk (one once settled; two while a write was in flight at a kill). */
  readonly facts = new Map<string, unknown[]>();
  private n = 0;
  people: { id: string; name: string }[] = [];
  participants: string[] = [];
  units: string[] = [];
  desk!: Desk;

  constructor(
    readonly dir: string,
    readonly rng: Rng,
    readonly stats: CampaignStats,
    private readonly transport: 'child' | 'host',
  ) {}

  start(): Promise<Desk> {
    return this.transport === 'host' ? HostProcess.start(this.dir) : DeskProcess.start(this.dir);
  }

  private token(prefix: string): string {
    return `${prefix}${++this.n}-${Math.floor(this.rng.next() * 1e6)}`;
  }

  async call(channel: string, input: unknown): Promise<unknown> {
    const r = await this.desk.call(channel, input);
    if (!r.ok) throw new Error(`${channel} refused: ${r.code} ${r.message}`);
    return r.data;
  }

  /** A bureau, a dozen people and a graded period: every kind of write then has a target. */
  async setUp(): Promise<void> {
    this.desk = await this.start();
    await this.desk.started;
    await this.call('org:create', {
      name: '崩溃测试市医疗保障局',
      departments: ['办公室', '组织人事科', '基金监管科'],
      subunits: ['医疗保障事业管理中心'],
    });
    this.units = ((await this.call('units:list', {})) as { id: string }[]).map((u) => u.id);
    for (let i = 0; i < 12; i++) {
      const row = (await this.call('people:save', {
        unitId: this.rng.pick(this.units.slice(1)),
        unitSince: '2024-06-01',
        fields: person(`初始${i + 1}`),
      })) as { id: string; name: string };
      this.people.push({ id: row.id, name: row.name });
    }
    await this.call('periods:open', { kind: 'quarter', year: 2025, index: 1 });
    this.participants = this.people.map((p) => p.id);
    await this.call('periods:advance', { id: PERIOD });
    await this.call('periods:advance', { id: PERIOD });
    await this.call('grading:run', { periodId: PERIOD });
  }

  /** The next random write, with the facts it establishes once acknowledged. */
  nextOp(): Op {
    const r = this.rng;
    const someone = () => r.pick(this.people).id;
    const participant = () => r.pick(this.participants);
    const kind = r.weighted([
      ['newPerson', 2],
      ['note', 4],
      ['transfer', 3],
      ['newUnit', 1],
      ['record', 4],
      ['dropRecord', 1],
      ['review', 4],
      ['summary', 2],
      ['override', 2],
      ['incident', 2],
    ] as const);
    switch (kind) {
      case 'newPerson': {
        const name = this.token('新');
        return {
          channel: 'people:save',
          input: { unitId: r.pick(this.units.slice(1)), fields: person(name) },
          facts: () => [[`person-named/${name}`, true]],
        };
      }
      case 'note': {
        const id = someone();
        const note = this.token('备注');
        const detail = { ...person(this.people.find((p) => p.id === id)!.name), note };
        return { channel: 'people:save', input: { id, fields: detail }, facts: () => [[`person/${id}/note`, note]] };
      }
      case 'transfer': {
        const id = someone();
        const settled = this.facts.get(`person/${id}/unit`);
        const now = settled?.length === 1 ? settled[0] : this.disk?.org?.people.find((p) => p.id === id)?.unitId;
        const to = r.pick(this.units.slice(1).filter((u) => u !== now));
        return {
          channel: 'people:transfer',
          input: { personId: id, toUnitId: to, date: todayIso(), note: null },
          facts: () => [[`person/${id}/unit`, to]],
        };
      }
      case 'newUnit': {
        const name = this.token('科');
        return {
          channel: 'units:save',
          input: { name, kind: 'department', parentId: this.units[0] },
          facts: () => [[`unit-named/${name}`, true]],
        };
      }
      case 'record': {
        const personId = participant();
        const content = this.token('纪实');
        const date = `2025-0${r.int(1, 3)}-${String(r.int(10, 28))}`;
        return {
          channel: 'records:save',
          input: { periodId: PERIOD, personId, date, content, progress: null, note: null },
          facts: () => [[`record/${content}`, true]],
        };
      }
      case 'dropRecord': {
        const held = [...this.facts].filter(([k, v]) => k.startsWith('record/') && v.length === 1 && v[0] === true);
        if (!held.length) return this.nextOp();
        const [key] = r.pick(held);
        const found = this.recordId(key.slice('record/'.length));
        if (!found) return this.nextOp();
        return {
          channel: 'records:delete',
          input: { periodId: PERIOD, personId: found.personId, id: found.id },
          facts: () => [[key, false]],
        };
      }
      case 'review': {
        const personId = participant();
        const score = r.int(50, 100);
        const comment = this.token('评鉴');
        return {
          channel: 'reviews:save',
          input: { periodId: PERIOD, personId, score, proposed: null, comment },
          facts: () => [[`review/${personId}`, `${score}|${comment}`]],
        };
      }
      case 'summary': {
        const personId = participant();
        const text = this.token('小结');
        const attendance = { absentDays: 0, leaveDays: r.int(0, 5), lateTimes: 0 };
        return {
          channel: 'summaries:save',
          input: { periodId: PERIOD, personId, text, attendance },
          facts: () => [[`summary/${personId}`, text]],
        };
      }
      case 'override': {
        const personId = participant();
        const grade = r.pick(['good', 'fair', 'average'] as const);
        const reason = this.token('经党组会议研究调整');
        return {
          channel: 'grading:override',
          input: { periodId: PERIOD, personId, grade, reason },
          facts: () => [[`override/${personId}`, `${grade}|${reason}`]],
        };
      }
      case 'incident': {
        const reason = this.token('事由');
        return {
          channel: 'incidents:save',
          input: { personId: someone(), kind: '违反工作纪律', handling: '提醒谈话', date: '2025-02-10', reason, docNo: null },
          facts: () => [[`incident/${reason}`, true]],
        };
      }
    }
  }

  private disk: DiskState | null = null;

  private recordId(content: string): { id: string; personId: string } | null {
    for (const inputs of this.disk?.units.values() ?? []) {
      const rec = inputs.workRecords.find((w) => w.content === content);
      if (rec) return rec;
    }
    return null;
  }

  /** What the disk holds for one fact key. */
  private actual(key: string, d: DiskState): unknown {
    const [kind, ...rest] = key.split('/');
    const id = rest.join('/');
    const people = d.org?.people ?? [];
    const inputs = [...d.units.values()].filter((u) => u.periodId === PERIOD);
    switch (kind) {
      case 'person-named':
        return people.some((p) => p.name === id);
      case 'person': {
        const p = people.find((x) => x.id === rest[0]);
        return rest[1] === 'note' ? p?.note : p?.unitId;
      }
      case 'unit-named':
        return (d.org?.units ?? []).some((u) => u.name === id);
      case 'record':
        return inputs.some((u) => u.workRecords.some((w) => w.content === id));
      case 'review': {
        const rv = inputs.flatMap((u) => u.reviews).find((x) => x.personId === id);
        return rv ? `${rv.score}|${rv.comment}` : undefined;
      }
      case 'summary':
        return inputs.flatMap((u) => u.summaries).find((x) => x.personId === id)?.text;
      case 'override': {
        const o = d.periods.get(PERIOD)?.grading.overrides.find((x) => x.personId === id);
        return o ? `${o.grade}|${o.reason}` : undefined;
      }
      case 'incident':
        return (d.incidents?.incidents ?? []).some((i) => i.reason === id);
    }
    throw new Error(`unknown fact ${key}`);
  }

  /** Every fact against the disk; the in-flight ones settle to what landed. */
  check(d: DiskState, where: string): void {
    this.disk = d;
    for (const [key, allowed] of this.facts) {
      const value = this.actual(key, d);
      this.stats.factChecks++;
      if (!allowed.includes(value)) {
        throw new Error(
          `${where}: ${key} is ${JSON.stringify(value)} on disk, expected ${allowed.map((a) => JSON.stringify(a)).join(' or ')} — an acknowledged write was lost`,
        );
      }
      if (allowed.length > 1) {
        this.stats[value === allowed[allowed.length - 1] ? 'inFlightLanded' : 'inFlightLost']++;
        this.facts.set(key, [value]);
      }
    }
    // People created by a write in flight at a kill become targets like the others.
    for (const p of d.org?.people ?? []) if (!this.people.some((x) => x.id === p.id)) this.people.push({ id: p.id, name: p.name });
    const units = d.org?.units ?? [];
    this.units = [...units.filter((u) => u.parentId === null), ...units.filter((u) => u.parentId !== null)].map((u) => u.id);
  }

  acknowledge(op: Op, data: unknown): void {
    for (const [key, value] of op.facts(data)) this.facts.set(key, [value]);
    this.stats.writesAcknowledged++;
  }

  /** The write was in flight at the kill: before or after are both right. */
  inFlight(op: Op): void {
    for (const [key, value] of op.facts(undefined)) {
      const before = this.facts.get(key) ?? [this.actual(key, this.disk ?? emptyDisk())];
      this.facts.set(key, [...before.filter((v) => v !== value), value]);
    }
  }
}

const emptyDisk = (): DiskState => ({
  org: null,
  incidents: null,
  periods: new Map(),
  units: new Map(),
  auditEntries: 0,
  damaged: [],
  temps: [],
});

function person(name: string) {
  return { ...EMPTY_PERSON_FIELDS, name, post: '科员' };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the desk after a kill; a lock cut mid-write makes it wait as a clerk would. */
async function restart(lane: Lane, where: string): Promise<string[]> {
  for (let attempt = 0; attempt < 3; attempt++) {
    lane.desk = await lane.start();
    const s = await lane.desk.started;
    if (s.type === 'ready') return s.notices;
    if (s.code === 'LOCKED' && /稍后再试/.test(s.message)) {
      lane.stats.lockWaits++;
      await sleep(5_200);
      continue;
    }
    throw new Error(`${where}: the desk did not start after a kill: ${s.code} ${s.message}`);
  }
  throw new Error(`${where}: the lock was never taken over`);
}

async function runLane(index: number, kills: number, opts: CampaignOptions, stats: CampaignStats): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), `desk-crash-${index}-`));
  const lane = new Lane(dir, seeded(opts.seed * 1000 + index), stats, opts.transport ?? 'child');
  const latency = new Map<string, number>();
  try {
    await lane.setUp();
    lane.check(await readDisk(dir), 'set-up');
    for (let k = 1; k <= kills; k++) {
      const where = `lane ${index}, kill ${k}`;
      const moment = lane.rng.weighted([
        ['start', 1],
        ['write', 7],
        ['idle', 1],
      ] as const);
      if (moment === 'start') {
        // Killed while opening: lock, start-up snapshot, temp clean-up.
        await lane.desk.close();
        lane.desk = await lane.start();
        await sleep(lane.rng.int(0, opts.transport === 'host' ? 2500 : 600));
        await lane.desk.kill();
        stats.killsDuringStart++;
      } else {
        for (let i = lane.rng.int(0, 6); i > 0; i--) {
          const op = lane.nextOp();
          const t0 = performance.now();
          const r = await lane.desk.call(op.channel, op.input);
          latency.set(op.channel, performance.now() - t0);
          if (!r.ok) throw new Error(`${where}: ${op.channel} refused: ${r.code} ${r.message}`);
          lane.acknowledge(op, r.data);
        }
        if (moment === 'write') {
          const op = lane.nextOp();
          const answer: { r?: Result<unknown> } = {};
          const pending = lane.desk.call(op.channel, op.input).then((r) => (answer.r = r));
          await sleep(lane.rng.next() * 1.2 * (latency.get(op.channel) ?? 20));
          await lane.desk.kill();
          await pending;
          if (answer.r?.ok) lane.acknowledge(op, answer.r.data);
          else if (answer.r?.code === ('EXITED' as never)) lane.inFlight(op);
          else throw new Error(`${where}: ${op.channel} refused: ${answer.r?.code} ${answer.r?.message}`);
          stats.killsDuringWrite++;
        } else {
          await lane.desk.kill();
          stats.killsWhileIdle++;
        }
      }
      stats.kills++;
      opts.onKill?.(index, k);
      const killed = await readDisk(dir);
      if (killed.temps.length) stats.killsMidFileWrite++;
      if (killed.damaged.length) throw new Error(`${where}: damaged after the kill: ${killed.damaged.join(', ')}`);
      lane.check(killed, `${where} (disk after the kill)`);
      const notices = await restart(lane, where);
      stats.lockTakeovers++;
      stats.bakRecoveries += notices.filter((n) => /副本/.test(n)).length;
      const verify = (await lane.call('data:verify', {})) as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
      if (!verify.ok)
        throw new Error(
          `${where}: verify failed: ${verify.checks
            .filter((c) => !c.ok)
            .map((c) => `${c.name} ${c.detail}`)
            .join('; ')}`,
        );
      const started = await readDisk(dir);
      if (started.damaged.length || started.temps.length)
        throw new Error(`${where}: after the restart: damaged ${started.damaged.join(', ')}; temp files ${started.temps.join(', ')}`);
      lane.check(started, `${where} (after the restart)`);
    }
    await lane.desk.close();
    stats.auditEntries += (await readDisk(dir)).auditEntries;
  } finally {
    await lane.desk?.kill().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runCampaign(opts: CampaignOptions): Promise<CampaignStats> {
  const t0 = performance.now();
  const stats: CampaignStats = {
    kills: 0,
    killsDuringStart: 0,
    killsDuringWrite: 0,
    killsWhileIdle: 0,
    killsMidFileWrite: 0,
    writesAcknowledged: 0,
    factChecks: 0,
    inFlightLanded: 0,
    inFlightLost: 0,
    lockTakeovers: 0,
    lockWaits: 0,
    bakRecoveries: 0,
    auditEntries: 0,
    ms: 0,
  };
  const lanes = opts.lanes ?? 2;
  await Promise.all(Array.from({ length: lanes }, (_, i) => runLane(i, Math.ceil(opts.kills / lanes), opts, stats)));
  stats.ms = Math.round(performance.now() - t0);
  return stats;
}
