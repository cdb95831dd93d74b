import { Alert, Button } from 'antd';
import { useState } from 'react';

const SHOWN = 5;

/** Sentences as a list; a long list shows its first few and a 展开 link. */
function ItemList({ items }: { items: string[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {shown.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAll(!all)}>
          {all ? '收起' : `展开全部 ${items.length} 项`}
        </Button>
      )}
    </>
  );
}

/** What the clerk must still settle before the period can be published. */
export function OpenDecisions({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`还有 ${items.length} 项待处理，处理完才能公示`}
      description={<ItemList items={items} />}
      data-testid="open-decisions"
    />
  );
}

/** The service's refusal to publish, “还不能公示：A。B。”, as its heading and a list of what is open. */
export function PublishRefusal({ message, onClose }: { message: string; onClose: () => void }) {
  const m = /^([^：]{1,20})：(.+)$/s.exec(message);
  const items = m ? m[2].split(/(?<=。)\s*/).filter(Boolean) : [];
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={m ? m[1] : message}
      description={items.length > 0 && <ItemList items={items} />}
      data-testid="publish-refusal"
    />
  );
}
