import { createContext, useContext, type ReactNode } from 'react';
import type { AppStatus } from '@shared/api/contract';

interface AppStatusValue {
  status: AppStatus;
  /** Reloads app:status (after setup, restore …). */
  refresh: () => void;
}

const Ctx = createContext<AppStatusValue | null>(null);

export function AppStatusProvider({ value, children }: { value: AppStatusValue; children: ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAppStatus(): AppStatusValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAppStatus outside AppStatusProvider');
  return v;
}
