import type { FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (⌘+Enter on a Mac) anywhere in the form submits it. */
export const submitOnCtrlEnter = (submit: FormInstance | (() => void)) => (e: KeyboardEvent) => {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
  e.preventDefault();
  if (typeof submit === 'function') submit();
  else submit.submit();
};
