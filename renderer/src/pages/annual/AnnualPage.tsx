import { Alert, DatePicker, Empty, Spin } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PrintMenu } from '../../components/print/PrintMenu';
import { useQuery } from '../../hooks/useQuery';
import { AnnualHeader } from './AnnualHeader';
import { AnnualLists } from './AnnualLists';

/** 年度汇总: the year's periods per person, 评优资格, 续聘 for 编外聘用 staff, the 能上能下 lists. */
export function AnnualPage() {
  const [year, setYear] = useState(dayjs().year());
  const annual = useQuery('annual:get', { year });
  // A refused year (nothing graded yet) must not show the previous year's answer.
  const data = annual.error ? undefined : annual.data;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, height: '100%', minHeight: 480 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        <DatePicker
          picker="year"
          aria-label="年度"
          allowClear={false}
          value={dayjs().year(year)}
          onChange={(d) => d && setYear(d.year())}
          style={{ width: 110 }}
        />
        {data && <AnnualHeader result={data} />}
        <span style={{ flex: 1 }} />
        {data && (
          <PrintMenu
            items={[
              {
                key: 'register',
                label: '年度考核登记表（全部人员）',
                target: { request: { form: 'annualRegister', year }, title: '年度考核登记表' },
              },
              { key: 'review', label: '年度考核评议表', target: { request: { form: 'annualReview', year }, title: '年度考核评议表' } },
            ]}
          />
        )}
      </div>
      {data && data.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="annual-warnings"
          title={data.warnings.length === 1 ? data.warnings[0] : '这一年的汇总仅供参考'}
          description={data.warnings.length > 1 ? data.warnings.map((w) => <div key={w}>{w}</div>) : undefined}
        />
      )}
      {annual.error ? (
        <Empty style={{ marginTop: 80 }} description={annual.error} />
      ) : data ? (
        <AnnualLists result={data} loading={annual.loading} />
      ) : (
        <Spin style={{ marginTop: 80 }} />
      )}
    </div>
  );
}
