import { Alert, Typography, type InputRef } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { ImportDialog } from '../../components/import/ImportDialog';
import { nameMatches } from '@shared/text/pinyin';
import { useQuery } from '../../hooks/useQuery';
import { useShortcut } from '../../hooks/useShortcut';
import { useNavigation } from '../../state/navigation';
import { CloseCaseModal } from './CloseCaseModal';
import { DeleteIncidentModal } from './DeleteIncidentModal';
import { IncidentModal } from './IncidentModal';
import { IncidentsTable, type IncidentAction } from './IncidentsTable';
import { IncidentsToolbar, type IncidentFilters } from './IncidentsToolbar';
import { ToleranceModal } from './ToleranceModal';

type Dialog = { kind: 'new' } | { kind: 'import' } | { kind: IncidentAction; incident: IncidentRow };

const NO_ROWS: IncidentRow[] = [];

const IMPORT_HINT = (
  <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
    表头需有“姓名”“类别”，以及时间、事由、处理方式、文号、影响期（月）等列；单位或身份证号用来区分同名的人。
    表中的人必须已在花名册中（导入不会新增人员）；已登记过的同一条记录（同一人、同一天、同一类别和处理方式）不会重复添加。
  </Typography.Paragraph>
);

/** 表现记录: the negative list, 问责 and recognised work, with 容错 and 结案. */
export function IncidentsPage() {
  const units = useQuery('units:list', {});
  const { intent } = useNavigation();
  const [filters, setFilters] = useState<IncidentFilters>({ search: '', inEffectOnly: false, unitId: intent.unitId });
  const list = useQuery('incidents:list', filters.unitId ? { unitId: filters.unitId } : {});
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const searchRef = useRef<InputRef>(null);

  const rows = useMemo(() => {
    const search = filters.search.trim();
    return (list.data ?? NO_ROWS).filter((r) => (!search || nameMatches(r.name ?? '', search)) && (!filters.inEffectOnly || r.inEffect));
  }, [list.data, filters.search, filters.inEffectOnly]);

  const onAction = useCallback((kind: IncidentAction, incident: IncidentRow) => setDialog({ kind, incident }), []);
  const openNew = () => setDialog({ kind: 'new' });
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    list.reload();
  };

  useShortcut(
    (e) => e.key === '/',
    () => searchRef.current?.focus(),
    dialog === null,
  );
  useShortcut((e) => (e.ctrlKey || e.altKey) && !e.shiftKey && e.code === 'KeyN', openNew, dialog === null);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 480 }}>
      <IncidentsToolbar
        units={units.data ?? []}
        filters={filters}
        onChange={setFilters}
        count={list.data ? rows.length : undefined}
        searchRef={searchRef}
        onImport={() => setDialog({ kind: 'import' })}
        onNew={openNew}
      />
      {(list.error || units.error) && <Alert type="error" showIcon title={list.error ?? units.error} style={{ marginBottom: 8 }} />}
      <div style={{ flex: 1, minHeight: 0 }}>
        <IncidentsTable rows={rows} loading={list.loading} onAction={onAction} />
      </div>
      {dialog?.kind === 'new' && <IncidentModal units={units.data ?? []} onDone={done} onCancel={close} />}
      {dialog?.kind === 'edit' && <IncidentModal incident={dialog.incident} units={units.data ?? []} onDone={done} onCancel={close} />}
      {dialog?.kind === 'tolerance' && <ToleranceModal incident={dialog.incident} onDone={done} onCancel={close} />}
      {dialog?.kind === 'close' && <CloseCaseModal incident={dialog.incident} onDone={done} onCancel={close} />}
      {dialog?.kind === 'delete' && <DeleteIncidentModal incident={dialog.incident} onDone={done} onCancel={close} />}
      <ImportDialog
        kind="incidents"
        title="导入表现记录"
        open={dialog?.kind === 'import'}
        onClose={close}
        onImported={list.reload}
        hint={IMPORT_HINT}
      />
    </div>
  );
}
