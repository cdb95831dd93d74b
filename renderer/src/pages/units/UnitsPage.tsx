import { Alert } from 'antd';
import { useQuery } from '../../hooks/useQuery';
import { RolesCard } from './RolesCard';
import { UnitsCard } from './UnitsCard';

/** 单位与职责: the organisation tree and the manager roles over it. */
export function UnitsPage() {
  const units = useQuery('units:list', {});
  const list = units.data ?? [];
  return (
    <>
      {units.error && <Alert type="error" showIcon title={units.error} style={{ marginBottom: 8 }} />}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(540px, 5fr) 6fr', gap: 12, alignItems: 'start' }}>
        <UnitsCard units={list} loading={units.loading} onChanged={units.reload} />
        <RolesCard units={list} />
      </div>
    </>
  );
}
