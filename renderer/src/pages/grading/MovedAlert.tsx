import { Alert } from 'antd';
import type { Moved } from './useGradingView';

/** Whose grade the last re-run changed: “与上次相比：张三 较好 → 好”. */
export function MovedAlert({ moved, onClose }: { moved: Moved; onClose: () => void }) {
  const title = moved.length
    ? `与上次相比：${moved.map((m) => `${m.name} ${m.from} → ${m.to}`).join('、')}`
    : '已重新评定，与上次相比没有人的等次变化。';
  return <Alert type={moved.length ? 'info' : 'success'} showIcon closable={{ onClose }} title={title} data-testid="moved" />;
}
