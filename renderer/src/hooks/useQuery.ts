import { useCallback, useEffect, useState } from 'react';
import { call } from '../api';
import type { Channel } from '@shared/api/channels';
import type { Input, Output } from '@shared/api/contract';

export interface Query<T> {
  data: T | undefined;
  loading: boolean;
  /** The server's Chinese message when the last load failed. */
  error: string | null;
  reload: () => void;
}

/** Loads a channel's answer and reloads it when the input changes; late answers to old inputs are dropped. */
export function useQuery<C extends Channel>(channel: C, input: Input<C>, enabled = true): Query<Output<C>> {
  const key = JSON.stringify(input);
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ data?: Output<C>; loading: boolean; error: string | null }>({ loading: enabled, error: null });

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void call(channel, JSON.parse(key) as Input<C>).then((r) => {
      if (!live) return;
      setState((s) => (r.ok ? { data: r.data, loading: false, error: null } : { ...s, loading: false, error: r.message }));
    });
    return () => {
      live = false;
    };
  }, [channel, key, tick, enabled]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, loading: state.loading, error: state.error, reload };
}
