import { Alert } from 'antd';
import { useState } from 'react';

/** Things the services want the clerk to know (a file recovered from its copy …), until dismissed. */
export function NoticeBar({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const shown = notices.filter((n) => !dismissed.includes(n));
  if (shown.length === 0) return null;
  return (
    <div style={{ display: 'grid', gap: 6, marginBottom: 8 }}>
      {shown.map((n) => (
        <Alert key={n} type="warning" showIcon title={n} closable={{ onClose: () => setDismissed((d) => [...d, n]) }} />
      ))}
    </div>
  );
}
