import { Alert, Empty, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from '../../hooks/useQuery';
import { ChartCard } from './ChartCard';
import { CountsTable } from './CountsTable';
import { pieOption, trendOption, unitChartHeight, unitOption } from './stats-options';

/** 统计: the grade distribution over the periods (with the 好 quota), and one period's shares and units. */
export function StatsPage() {
  const [chosen, setChosen] = useState<string | undefined>();
  const stats = useQuery('stats:grades', chosen ? { periodId: chosen } : {});
  const data = stats.data;
  const period = data?.trend.find((t) => t.periodId === data.periodId);

  const options = useMemo(
    () => data && { trend: trendOption(data.trend), pie: period && pieOption(period.counts), units: unitOption(data.byUnit) },
    [data, period],
  );

  if (stats.error) return <Alert type="error" showIcon title={stats.error} />;
  if (!data || !options) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (data.trend.length === 0) return <Empty style={{ marginTop: 80 }} description="还没有评定过的考核周期。" />;

  const label = period?.label ?? '';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        <Select
          aria-label="考核周期"
          value={data.periodId ?? undefined}
          onChange={setChosen}
          options={data.trend.map((t) => ({ value: t.periodId, label: t.label }))}
          style={{ width: 180 }}
        />
        <Typography.Text type="secondary">饼图、分单位图和分单位表按所选周期；趋势图包括全部已评定的周期。</Typography.Text>
      </div>
      <ChartCard title="各期等次分布" fileName="各期等次分布" option={options.trend} height={300} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ flex: 2, minWidth: 0 }}>
          {options.pie && (
            <ChartCard
              title={`${label}等次构成`}
              fileName={`${label}等次构成`}
              option={options.pie}
              height={unitChartHeight(data.byUnit.length)}
            />
          )}
        </div>
        <div style={{ flex: 3, minWidth: 0 }}>
          <ChartCard
            title={`${label}各单位等次分布`}
            fileName={`${label}各单位等次分布`}
            option={options.units}
            height={unitChartHeight(data.byUnit.length)}
          />
        </div>
      </div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }} data-testid="stats-tables">
        <div style={{ flex: 1, minWidth: 0 }}>
          <CountsTable
            title="各期等次分布"
            head="周期"
            rows={data.trend.map((t) => ({ key: t.periodId, label: t.label, counts: t.counts, quota: { seats: t.seats, used: t.used } }))}
          />
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          <CountsTable
            title={`${label}各单位等次分布`}
            head="单位"
            rows={data.byUnit.map((u) => ({ key: u.unitId, label: u.unitLabel, counts: u.counts }))}
          />
        </div>
      </div>
    </div>
  );
}
