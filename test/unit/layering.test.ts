import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of DESIGN.md, checked mechanically: shared/ is pure, the renderer only talks
 * to shared/ and its own code, and only the Electron shell files import 'electron'.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
// print-window.ts is the Electron print adapter (DESIGN.md: it may import electron).
const ELECTRON_SHELL = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/menu.ts', 'electron/print-window.ts'];

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...(await sources(rel)));
    else if (/\.tsx?$/.test(e.name) && !/\.(d|config)\.ts$/.test(e.name)) out.push(rel); // build configs run in Node at build time
  }
  return out;
}

async function imports(file: string): Promise<string[]> {
  const text = await readFile(join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2],
  );
}

const resolveRel = (file: string, spec: string) =>
  relative(root, join(root, file, '..', spec))
    .split('\\')
    .join('/');

describe('layering', () => {
  it('shared/ imports nothing outside itself but pure libraries', async () => {
    const allowed = new Set(['zod', 'cnchar', 'cnchar-order', 'pinyin-pro']);
    for (const file of await sources('shared')) {
      for (const spec of await imports(file)) {
        if (spec.startsWith('.')) expect(resolveRel(file, spec), `${file} → ${spec}`).toMatch(/^shared\//);
        else expect(allowed.has(spec), `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('renderer/ imports only shared/, itself and UI libraries — never electron/ or node', async () => {
    const files = await sources('renderer');
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      for (const spec of await imports(file)) {
        if (spec.startsWith('@shared/')) continue; // the alias of shared/ (tsconfig.json "paths")
        if (spec.startsWith('.')) expect(resolveRel(file, spec), `${file} → ${spec}`).toMatch(/^(renderer|shared)\//);
        else expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:|electron$|fs$|path$|lowdb|exceljs)/);
      }
    }
  });

  it("only the Electron shell imports 'electron'; services never do", async () => {
    for (const file of [...(await sources('electron')), ...(await sources('shared')), ...(await sources('renderer'))]) {
      const uses = (await imports(file)).includes('electron');
      if (uses) expect(ELECTRON_SHELL, `${file} imports electron`).toContain(file);
    }
  });
});
