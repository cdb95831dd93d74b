import { Tag } from 'antd';
import { PERSON_STATUS_LABELS, type PersonStatus } from '../../../shared/domain/codes';

const COLORS: Record<PersonStatus, string> = { active: 'green', seconded: 'orange', left: 'default', retired: 'blue' };

export function StatusTag({ status, secondedTo }: { status: PersonStatus; secondedTo?: string | null }) {
  return (
    <Tag color={COLORS[status]} title={secondedTo ? `借调至${secondedTo}` : undefined} style={{ marginInlineEnd: 0 }}>
      {PERSON_STATUS_LABELS[status]}
    </Tag>
  );
}
