import { randomUUID } from 'node:crypto';
import type { ImportKind } from '../../../shared/api/contract';
import type { ImportPlan } from '../../../shared/import/plan';
import { rejected } from '../app-error';

export interface HeldPreview {
  kind: ImportKind;
  plan: ImportPlan;
  /** Set once written: the problem list stays available, a second commit is refused. */
  committed: boolean;
  /** What the app had last written to each file the plan was made from: a change since makes the preview stale. */
  versions: ReadonlyMap<string, string | null>;
}

const KEEP = 5;

/** Previews of one open data folder waiting for the clerk's confirmation (the last few; closing the folder drops them). */
export class ImportPreviews {
  private readonly held = new Map<string, HeldPreview>();

  add(preview: HeldPreview): string {
    const id = randomUUID();
    this.held.set(id, preview);
    while (this.held.size > KEEP) this.held.delete(this.held.keys().next().value!);
    return id;
  }

  get(id: string, forCommit: boolean): HeldPreview {
    const held = this.held.get(id);
    if (!held) throw rejected('这次导入的预览已不在内存中（程序重启过，或之后又预览了多个文件），请重新选择文件预览。');
    if (forCommit && held.committed) throw rejected('这次导入已经完成，不能重复导入。');
    return held;
  }
}
