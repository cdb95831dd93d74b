import type { ButtonHTMLAttributes } from 'react';

/**
 * A link-style button for table rows. Ant Design's Button (wave effect, context, tooltip wiring)
 * costs enough per row that scrolling 5,000 rows drops frames; a plain button looks the same.
 */
export function RowButton({ className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className={['row-btn', className].filter(Boolean).join(' ')} {...rest} />;
}
