import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { call } from '../api';
import type { Channel } from '@shared/api/channels';
import type { Input, Output } from '@shared/api/contract';
import { showIssues } from '../lib/form-issues';

export interface ActionOptions<T> {
  /** Field issues from the server go under this form's fields. */
  form?: FormInstance;
  /** Toast shown on success. */
  success?: string | ((data: T) => string);
}

/**
 * Runs a changing call. On failure the field issues go to the form and the server's sentence is
 * kept in `error` (for an inline Alert) when `inline`, else shown as a toast. Resolves to the data,
 * or undefined when refused.
 */
export function useAction(inline = false) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async <C extends Channel>(channel: C, input: Input<C>, opts: ActionOptions<Output<C>> = {}): Promise<Output<C> | undefined> => {
      setBusy(true);
      setError(null);
      try {
        const r = await call(channel, input);
        if (r.ok) {
          if (opts.success) void message.success(typeof opts.success === 'string' ? opts.success : opts.success(r.data));
          return r.data;
        }
        const issues = r.issues ?? [];
        const unmatched = opts.form ? showIssues(opts.form, issues) : issues;
        // Issues shown under their fields say it all; anything else needs the whole sentence.
        if (issues.length === 0 || unmatched.length > 0) {
          if (inline) setError(r.message);
          else void message.error(r.message);
        }
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [message, inline],
  );

  return { run, busy, error, clearError: () => setError(null) };
}
