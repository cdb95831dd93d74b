import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AuthStatus, Session } from '@shared/api/trust-schemas';
import { call, hasSession, onLocked, setSession } from '../api';
import { LockScreen } from '../pages/access/LockScreen';

interface AccessValue {
  status: AuthStatus;
  /** 查看 users may look, print and export only (the services refuse the rest). */
  readOnly: boolean;
  lock: () => void;
  /** After setting up or changing who may sign in. */
  refresh: () => void;
  /** A session from auth:setup (the clerk who set the password is signed in). */
  signedIn: (s: Session) => void;
}

const Ctx = createContext<AccessValue | null>(null);
const ACTIVITY = ['mousedown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;

/**
 * With a password set: the lock screen on start, after N idle minutes (no mouse or key), and
 * whenever a call finds the session gone (the services end it after the same idle time). An idle
 * lock covers the page without unmounting it, so unsaved input survives the lock.
 */
export function AccessGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [locked, setLocked] = useState(false);
  const [everUnlocked, setEverUnlocked] = useState(false);
  const lastActivity = useRef(Date.now());

  const refresh = useCallback(() => {
    void call('auth:status', {}).then((r) => {
      // Unreachable services: let the page below show its own error (every call is still checked there).
      if (!r.ok) {
        setStatus((st) => st ?? { enabled: false, idleMinutes: 10, users: [], session: null });
        setEverUnlocked(true);
        return;
      }
      setStatus(r.data);
      const needsUnlock = r.data.enabled && (!hasSession() || !r.data.session);
      setLocked(needsUnlock);
      if (!needsUnlock) setEverUnlocked(true);
    });
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(() => onLocked(() => setLocked(true)), []);

  const lock = useCallback(() => {
    void call('auth:lock', {}).finally(() => {
      setSession(null);
      setLocked(true);
    });
  }, []);

  const enabled = status?.enabled ?? false;
  const idleMs = (status?.idleMinutes ?? 10) * 60_000;
  useEffect(() => {
    if (!enabled || locked) return;
    lastActivity.current = Date.now();
    let lastPing = Date.now();
    const seen = () => {
      lastActivity.current = Date.now();
      // The services end a session after the same idle time: reading without saving still counts as work.
      if (lastActivity.current - lastPing > 60_000) {
        lastPing = lastActivity.current;
        void call('auth:status', {});
      }
    };
    for (const e of ACTIVITY) window.addEventListener(e, seen, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= idleMs) lock();
    }, 1000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, seen);
      window.clearInterval(timer);
    };
  }, [enabled, locked, idleMs, lock]);

  const signedIn = useCallback(
    (s: Session) => {
      setSession(s.session);
      setStatus((st) => (st ? { ...st, enabled: true, idleMinutes: s.idleMinutes, session: { user: s.user, role: s.role } } : st));
      setLocked(false);
      setEverUnlocked(true);
      lastActivity.current = Date.now();
      refresh();
    },
    [refresh],
  );

  const value = useMemo(
    () => (status ? { status, readOnly: status.enabled && status.session?.role === 'viewer', lock, refresh, signedIn } : null),
    [status, lock, refresh, signedIn],
  );
  if (!value) return null;
  return (
    <Ctx.Provider value={value}>
      {/* Hidden, not unmounted: unsaved input survives an idle lock, yet nothing shows or can be tabbed to. */}
      {everUnlocked && (
        <div className="access-page" style={locked ? { visibility: 'hidden' } : undefined} aria-hidden={locked || undefined}>
          {children}
        </div>
      )}
      {locked && <LockScreen users={value.status.users} onUnlocked={signedIn} />}
    </Ctx.Provider>
  );
}

export function useAccess(): AccessValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAccess outside AccessGate');
  return v;
}
