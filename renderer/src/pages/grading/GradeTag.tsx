import { Tag } from 'antd';
import type { GradeOrUndetermined } from '@shared/grading/types';
import { GRADE_NAMES, GRADE_TAG_COLORS } from './grade-style';

/** A grade in its colour; no grade yet (no review) is a muted “未评”. */
export function GradeTag({ grade, title }: { grade: GradeOrUndetermined | null; title?: string }) {
  if (grade === null) {
    return (
      <span className="muted" title={title ?? '没有主管领导评鉴，尚未评定'}>
        未评
      </span>
    );
  }
  return (
    <Tag color={GRADE_TAG_COLORS[grade]} title={title} style={{ marginInlineEnd: 0 }}>
      {GRADE_NAMES[grade]}
    </Tag>
  );
}
