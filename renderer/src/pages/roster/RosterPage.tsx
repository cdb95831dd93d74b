import { Alert, Typography, type InputRef } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PersonRow, UnitRow } from '@shared/api/contract';
import type { PersonStatus } from '@shared/domain/codes';
import { ImportDialog } from '../../components/import/ImportDialog';
import { useDebounced } from '../../hooks/useDebounced';
import { useQuery } from '../../hooks/useQuery';
import { useShortcut } from '../../hooks/useShortcut';
import { useFileExport } from '../../hooks/useFileExport';
import { useAppStatus } from '../../state/app-status';
import { PersonDrawer, type PersonTarget } from './PersonDrawer';
import { RosterTable } from './RosterTable';
import { DEFAULT_FILTERS, RosterToolbar, type RosterFilters } from './RosterToolbar';
import { StatusModal } from './StatusModal';
import { TransferModal } from './TransferModal';
import { ALL, scopeOf } from '../../lib/unit-tree';
import { UnitSidebar } from './UnitSidebar';

type Dialog = { kind: 'transfer'; person: PersonRow } | { kind: 'status'; person: PersonRow; status: PersonStatus } | { kind: 'import' };

const NO_ROWS: PersonRow[] = [];
const NO_UNITS: UnitRow[] = [];

const ROSTER_IMPORT_HINT = (
  <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
    常见的花名册都能读：表头上方的标题，一行或两行表头（姓名、性别、出生年月、身份证号、单位、职务……），
    一个单位一个工作表或按单位分段，单位写在“现任职务”开头的干部名册，以及全国干部信息提取表（Data_(干部)模板.xls）。
    表中找不到单位的行，可以在预览中选择“导入到”的单位。已在花名册中的人按身份证号对上，只更新有变化的项，空白单元格不会清空已登记的内容。
  </Typography.Paragraph>
);

export function RosterPage() {
  const units = useQuery('units:list', {});
  const [unit, setUnit] = useState(ALL);
  const [filters, setFilters] = useState<RosterFilters>(DEFAULT_FILTERS);
  const search = useDebounced(filters.search.trim(), 250);
  const scope = useMemo(() => scopeOf(unit, units.data ?? []), [unit, units.data]);
  const people = useQuery('people:list', { ...filters, search, unitId: scope.unitId, includeSubunits: scope.includeSubunits });
  const rows = useMemo(
    () => (scope.without.size && people.data ? people.data.filter((p) => !scope.without.has(p.unitId)) : (people.data ?? NO_ROWS)),
    [people.data, scope],
  );
  const [person, setPerson] = useState<PersonTarget | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const searchRef = useRef<InputRef>(null);
  const tableBox = useRef<HTMLDivElement>(null);
  const { status } = useAppStatus();
  const exporter = useFileExport();
  const chosenUnit = units.data?.find((u) => u.id === scope.unitId) ?? null;

  const { reload: reloadPeople } = people;
  const { reload: reloadUnits } = units;
  const changed = useCallback(() => {
    reloadPeople();
    reloadUnits();
  }, [reloadPeople, reloadUnits]);
  const focusFirstRow = () => tableBox.current?.querySelector<HTMLElement>('.grid-row')?.focus();
  const openNew = () => setPerson({ mode: 'new', unitId: scope.unitId ?? undefined });
  const idle = person === null && dialog === null;

  useShortcut(
    (e) => e.key === '/',
    () => searchRef.current?.focus(),
    idle,
  );
  useShortcut((e) => (e.ctrlKey || e.altKey) && !e.shiftKey && e.code === 'KeyN', openNew, idle);

  const onEdit = useCallback((p: PersonRow) => setPerson({ mode: 'edit', id: p.id }), []);
  const onTransfer = useCallback((p: PersonRow) => setDialog({ kind: 'transfer', person: p }), []);
  const onStatus = useCallback((p: PersonRow, status: PersonStatus) => setDialog({ kind: 'status', person: p, status }), []);
  const closeDialog = () => setDialog(null);
  /** The service writes where the clerk chose (desktop) or hands back the bytes to download (browser). */
  const exportRoster = async (unitId: string | null) => {
    const chosen = unitId ? units.data?.find((u) => u.id === unitId) : undefined;
    await exporter.exportFile(
      'roster:export',
      { unitId },
      `${status.organisationName ?? ''}花名册${chosen ? `-${chosen.name}` : ''}-${dayjs().format('YYYYMMDD')}.xlsx`,
    );
  };
  const dialogDone = () => {
    setDialog(null);
    changed();
  };

  return (
    <div style={{ display: 'flex', gap: 8, height: '100%', minHeight: 480 }}>
      <UnitSidebar units={units.data ?? []} organisation={status.organisationName ?? '本单位'} selected={unit} onSelect={setUnit} />
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <RosterToolbar
          filters={filters}
          onChange={setFilters}
          count={people.data ? rows.length : undefined}
          searchRef={searchRef}
          onToList={focusFirstRow}
          onNew={openNew}
          onImport={() => setDialog({ kind: 'import' })}
          onExport={(unitId) => void exportRoster(unitId)}
          exporting={exporter.busy}
          unit={chosenUnit}
        />
        {(people.error || units.error) && <Alert type="error" showIcon title={people.error ?? units.error} style={{ marginBottom: 8 }} />}
        <div ref={tableBox} style={{ flex: 1, minHeight: 0 }}>
          <RosterTable
            rows={rows}
            units={units.data ?? NO_UNITS}
            loading={people.loading}
            onEdit={onEdit}
            onTransfer={onTransfer}
            onStatus={onStatus}
          />
        </div>
      </div>
      {person && <PersonDrawer target={person} units={units.data ?? []} onSaved={changed} onClose={() => setPerson(null)} />}
      {dialog?.kind === 'transfer' && (
        <TransferModal person={dialog.person} units={units.data ?? []} onDone={dialogDone} onCancel={closeDialog} />
      )}
      {dialog?.kind === 'status' && (
        <StatusModal person={dialog.person} status={dialog.status} onDone={dialogDone} onCancel={closeDialog} />
      )}
      <ImportDialog
        kind="roster"
        title="导入花名册"
        open={dialog?.kind === 'import'}
        onClose={closeDialog}
        onImported={changed}
        hint={ROSTER_IMPORT_HINT}
      />
    </div>
  );
}
