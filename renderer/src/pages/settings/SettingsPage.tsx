import { Alert, Button, Card, Checkbox, Col, Form, InputNumber, Radio, Row, Select, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { ANNUAL_RULE_LABELS, QUOTA_ROUNDING_LABELS, type AppraisalSettings } from '@shared/grading/settings';
import { AccountabilityCard } from './AccountabilityCard';
import { CapTableCard } from './CapTableCard';
import { DeadlinesCard } from './DeadlinesCard';
import { ReviewersCard } from './ReviewersCard';
import { SuperiorCard } from './SuperiorCard';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';

/** Form values show ratios as percentages; the service stores fractions. */
type Values = Omit<AppraisalSettings, 'goodRatio' | 'annual'> & {
  goodPercent: number;
  annual: Omit<AppraisalSettings['annual'], 'excellentRatio'> & { excellentPercent: number };
};

const toValues = (s: AppraisalSettings): Values => {
  const { goodRatio, annual, ...rest } = s;
  const { excellentRatio, ...annualRest } = annual;
  return {
    ...rest,
    goodPercent: Math.round(goodRatio * 100),
    annual: { ...annualRest, excellentPercent: Math.round(excellentRatio * 100) },
  };
};
const fromValues = (v: Values): AppraisalSettings => {
  const { goodPercent, annual, ...rest } = v;
  const { excellentPercent, ...annualRest } = annual;
  return { ...rest, goodRatio: goodPercent / 100, annual: { ...annualRest, excellentRatio: excellentPercent / 100 } };
};

/**
 * 考核设置: the values DOMAIN.md marks *default* (quota, rounding, score bands, pools, windows,
 * the annual rule). Each save is logged with before and after. (How the forms print is on the
 * 表格样式 tab.)
 */
export function SettingsPage() {
  const [form] = Form.useForm<Values>();
  const { data, loading, reload } = useQuery('settings:get', {});
  const { run, busy, error } = useAction(true);
  useEffect(() => {
    if (data) form.setFieldsValue(toValues(data));
  }, [data, form]);
  if (!data) return <Spin spinning={loading} />;
  const save = async (v: Values) => {
    // What the page has no field for (公示名单's phone and grades) is kept as it was.
    if (await run('settings:save', { ...data, ...fromValues(v) }, { form, success: '考核设置已保存，下次运行评定时生效' })) reload();
  };
  const percent = (name: (string | number)[], label: string, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={0} max={100} addonAfter="%" style={{ width: 140 }} />
    </Form.Item>
  );
  const count = (name: (string | number)[], label: string, unit: string, max: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={1} max={max} addonAfter={unit} style={{ width: 140 }} />
    </Form.Item>
  );
  return (
    <div style={{ maxWidth: 980 }}>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Row gutter={12}>
          <Col span={12}>
            <Card size="small" title="“好”等次名额">
              {percent(['goodPercent'], '比例', '参加评定的人数乘以此比例')}
              <Form.Item name="rounding" label="取整方式">
                <Select
                  style={{ width: 140 }}
                  options={Object.entries(QUOTA_ROUNDING_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
              {count(['minOneSeatFrom'], '人数达到多少时至少 1 个名额', '人', 100)}
              <Form.Item name={['pools', 'by']} label="名额池">
                <Radio.Group
                  options={[
                    { value: 'bureau', label: '全局一个池' },
                    { value: 'unit', label: '每个单位一个池' },
                  ]}
                />
              </Form.Item>
              <Form.Item name={['pools', 'separateLeaders']} valuePropName="checked" noStyle>
                <Checkbox>领导干部（班子成员、科室负责人）单独成池</Checkbox>
              </Form.Item>
              <Form.Item name={['pools', 'separateContract']} valuePropName="checked">
                <Checkbox>编外聘用人员单独成池</Checkbox>
              </Form.Item>
            </Card>
          </Col>
          <Col span={12}>
            <Card size="small" title="分数段（百分制）">
              <Typography.Paragraph type="secondary">
                没有拟评等次时按分数定基础等次：不低于“好”线为好，不低于“较好”线为较好，不低于“一般”线为一般，其余为较差。
              </Typography.Paragraph>
              <Row gutter={8}>
                {(['good', 'fair', 'average'] as const).map((k) => (
                  <Col key={k}>
                    <Form.Item name={['scoreBands', k]} label={{ good: '“好”线', fair: '“较好”线', average: '“一般”线' }[k]}>
                      <InputNumber min={0} max={100} style={{ width: 90 }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
            <AccountabilityCard />
            <div style={{ marginTop: 12 }}>
              <DeadlinesCard />
            </div>
          </Col>
        </Row>
        <Row gutter={12} style={{ marginTop: 12 }}>
          <Col span={12}>
            <ReviewersCard />
            <SuperiorCard />
          </Col>
          <Col span={12}>
            <CapTableCard />
          </Col>
        </Row>
        <Card size="small" title="年度汇总" style={{ marginTop: 12 }}>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name={['annual', 'rule']} label="年度优秀、评优评先的条件">
                <Radio.Group
                  style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                  options={Object.entries(ANNUAL_RULE_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              {percent(['annual', 'excellentPercent'], '年度优秀比例')}
              {count(['annual', 'renewalPoorLimit'], '编外聘用：“较差”达到几次不建议续聘', '次', 12)}
              {count(['annual', 'renewalAverageLimit'], '编外聘用：“一般”及以下达到几次不建议续聘', '次', 12)}
            </Col>
          </Row>
        </Card>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 12 }}>
          保存设置
        </Button>
      </Form>
    </div>
  );
}
