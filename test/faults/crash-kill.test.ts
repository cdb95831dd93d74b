import { describe, expect, it } from 'vitest';
import { runCampaign } from '../crash/campaign';

describe('crash safety (SIGKILL at random moments)', () => {
  it('200 kills: every acknowledged write survives, no file is ever half-written, the lock is taken over, the audit chain verifies', async () => {
    const stats = await runCampaign({ kills: 200, seed: 7, lanes: 2 });
    console.info('crash campaign', JSON.stringify(stats));
    expect(stats.kills).toBe(200);
    expect(stats.lockTakeovers).toBe(200);
    // The kills did land in the middle of writes, not only between them.
    expect(stats.killsDuringWrite).toBeGreaterThan(100);
    expect(stats.inFlightLanded + stats.inFlightLost).toBeGreaterThan(40);
    expect(stats.writesAcknowledged).toBeGreaterThan(400);
  }, 240_000);
});
