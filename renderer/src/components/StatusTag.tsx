import { PERSON_STATUS_LABELS, type PersonStatus } from '@shared/domain/codes';

/**
 * A person's status as a small coloured tag. Plain markup styled like Ant Design's Tag (app.css):
 * the roster shows one per row, and antd's Tag registers its styles on every mount.
 */
export function StatusTag({ status, secondedTo }: { status: PersonStatus; secondedTo?: string | null }) {
  return (
    <span className={`row-tag status-${status}`} title={secondedTo ? `借调至${secondedTo}` : undefined}>
      {PERSON_STATUS_LABELS[status]}
    </span>
  );
}
