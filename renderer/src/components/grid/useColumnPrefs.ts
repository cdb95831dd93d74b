import { useCallback, useState } from 'react';
import type { ColumnPrefs } from './grid-layout';

const EMPTY: ColumnPrefs = { widths: {}, shown: {} };

function load(key: string): ColumnPrefs {
  try {
    const raw = localStorage.getItem(`grid:${key}`);
    const v = raw ? (JSON.parse(raw) as Partial<ColumnPrefs>) : null;
    return { widths: v?.widths ?? {}, shown: v?.shown ?? {} };
  } catch {
    return EMPTY;
  }
}

/** Column widths and choices of one list, remembered on this PC (a layout preference, not data). */
export function useColumnPrefs(storageKey: string) {
  const [prefs, setPrefs] = useState<ColumnPrefs>(() => load(storageKey));
  const update = useCallback(
    (change: (p: ColumnPrefs) => ColumnPrefs) =>
      setPrefs((p) => {
        const next = change(p);
        try {
          localStorage.setItem(`grid:${storageKey}`, JSON.stringify(next));
        } catch {
          // A full or disabled storage only loses the preference.
        }
        return next;
      }),
    [storageKey],
  );
  const setWidth = useCallback((key: string, width: number) => update((p) => ({ ...p, widths: { ...p.widths, [key]: width } })), [update]);
  const setShown = useCallback((key: string, shown: boolean) => update((p) => ({ ...p, shown: { ...p.shown, [key]: shown } })), [update]);
  const reset = useCallback(() => update(() => EMPTY), [update]);
  return { prefs, setWidth, setShown, reset };
}
