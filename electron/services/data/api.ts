import { stat } from 'node:fs/promises';
import type { dataChannels } from '../../../shared/api/capabilities/data';
import { writeFullBundle } from '../backup/bundle';
import { listSnapshots } from '../backup/snapshots';
import type { HandlersOf } from '../handler';
import { appStatus } from '../org/setup';
import { verifyData } from './verify';

export const dataApi: HandlersOf<typeof dataChannels> = {
  // A change (though it changes nothing but the log): the folder is held while it is read whole.
  'data:backup': async (ctx, i) => {
    await writeFullBundle(ctx.folder.dir, i.file, '手动备份', ctx.view.orgOrNull()?.organisation.name ?? null);
    ctx.tx.audit({ action: 'data.backup', target: 'data', summary: `备份数据到 ${i.file}` });
    return { file: i.file, bytes: (await stat(i.file)).size };
  },
  'data:restore': async (ctx, i) => {
    const safetySnapshot = await ctx.folder.restoreWithin(ctx.tx, i.file);
    ctx.tx.audit({
      action: 'data.restore',
      target: 'data',
      summary: `从 ${i.file} 恢复数据（恢复前的数据已自动备份为 ${safetySnapshot}）`,
    });
    return { restoredFrom: i.file, safetySnapshot, status: appStatus(ctx, ctx.folder.view) };
  },
  // Once the start-up snapshot and every change so far are settled, the folder is checked as one moment.
  'data:verify': async (ctx) => {
    await ctx.folder.flush();
    return ctx.folder.read((view) => verifyData({ ...ctx, view }));
  },
  'data:snapshots': (ctx) => listSnapshots(ctx.folder.dir),
};
