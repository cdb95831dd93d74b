import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/api/contract';
import { fuzzImports, KINDS } from '../hostile/fuzz-imports';

const CJK = /[\u4e00-\u9fff]/;
const LEAK = /Error|\bat \S+ \(|undefined|null|TypeError|ENOENT|EACCES|\[object/;

describe('hostile files (generated corpus, test/hostile/corpus.ts)', () => {
  it('500+ malformed files through the import preview of every kind: no crash or hang, each within 10 s, memory bounded, the store byte-identical, one Chinese sentence each', async () => {
    // Every file through every kind: 花名册, 表现记录, 评鉴表, 工作纪实表, 管理职责.
    const stats = await fuzzImports({ seed: 2026, lanes: 2 });
    const { outcomes, ...figures } = stats;
    console.info('hostile files', JSON.stringify(figures));
    expect(stats.files).toBeGreaterThanOrEqual(500);
    expect(stats.changed).toEqual([]);
    for (const o of outcomes) {
      const where = `${o.file} (${o.kind})`;
      expect(o.ms, where).toBeLessThan(10_000);
      if (!o.result.ok) {
        expect(o.result.code, where).toBe('REJECTED');
        expect(o.result.message, where).toContain(`“${o.file}”`);
        expect(o.result.message, where).toMatch(CJK);
        expect(o.result.message, where).not.toMatch(LEAK);
        expect(o.result.message, where).not.toContain('\n');
      } else {
        const preview = o.result.data as ImportPreview;
        // Read, but nothing usable in it: the preview says why, in Chinese.
        if (preview.counts.total === 0) expect(preview.fileErrors.map((e) => e.message).join(''), where).toMatch(CJK);
      }
    }
    // Whole desk process (main thread + reader worker), sampled every 20 ms.
    expect(stats.maxRssMb.mb).toBeLessThan(1024);
    for (const kind of KINDS) expect(outcomes.filter((o) => o.kind === kind).length).toBe(stats.files);
  }, 420_000);
});
