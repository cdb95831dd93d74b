import { Card, Form, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { SUPERIOR_LABEL } from '@shared/domain/superior';
import { useQuery } from '../../hooks/useQuery';

/**
 * 由上级党组织考核 (DOMAIN.md §1): the 党组主要负责人 always; anyone else chosen here too. They are
 * on the 考核名单 without a grade, need no 评鉴 and take no 名额.
 */
export function SuperiorCard() {
  const people = useQuery('people:list', {});
  const options = useMemo(() => (people.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.unitLabel}）` })), [people.data]);
  return (
    <Card size="small" title={SUPERIOR_LABEL} style={{ marginTop: 12 }}>
      <Typography.Paragraph type="secondary">
        党组主要负责人（管理职责中登记的）自动由上级党组织考核。这里另选的人员同样：列在考核名单上，不需要评鉴，不占“好”等次名额，
        不影响公示；管理责任规则如适用，作为建议连同依据报上级党组织。
      </Typography.Paragraph>
      <Form.Item name="superiorAppraised" label="另由上级党组织考核的人员">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          loading={people.loading}
          placeholder="输入姓名查找"
        />
      </Form.Item>
    </Card>
  );
}
