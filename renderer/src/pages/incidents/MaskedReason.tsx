import { useState } from 'react';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { RowButton } from '../../components/RowButton';
import { useAction } from '../../hooks/useAction';

/** A negative record's 事由: masked until the clerk asks for it; each reveal goes to the 操作日志. */
export function MaskedReason({ row }: { row: Pick<IncidentRow, 'id' | 'reason' | 'reasonMasked'> }) {
  const { run, busy } = useAction();
  const [shown, setShown] = useState<string | null>(null);
  if (!row.reasonMasked || shown !== null) return <span title={shown ?? row.reason}>{shown ?? row.reason}</span>;
  return (
    <span>
      <span className="muted">{row.reason}</span>
      <RowButton
        disabled={busy}
        onClick={() => void run('incidents:revealReason', { id: row.id }).then((r) => r && setShown(r.reason))}
        title="查看完整事由（记入操作日志）"
      >
        查看
      </RowButton>
    </span>
  );
}
