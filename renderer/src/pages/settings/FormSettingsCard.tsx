import { Alert, Button, Card, Col, Form, Radio, Row, Select, Typography } from 'antd';
import { Fragment, useEffect } from 'react';
import { CATEGORIES, type Category } from '@shared/domain/codes';
import { WORK_RECORD_PLACEMENT_LABELS, type FormSettings } from '@shared/forms/form-settings';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { ROSTER_PRINT_DEFAULT, ROSTER_PRINT_LABELS } from '@shared/forms/roster-form';
import { defaultRegisterVariant, REGISTER_VARIANT_LABELS, REGISTER_VARIANTS, type RegisterVariant } from '@shared/forms/staff-group';

/** The form holds every 人员类别's choice; the settings keep only those that differ from the default. */
type Values = { workRecords: FormSettings['workRecords']; registerForms: Record<Category, RegisterVariant> };

const toValues = (s: FormSettings): Values => ({
  workRecords: s.workRecords,
  registerForms: Object.fromEntries(CATEGORIES.map((c) => [c, s.registerForms[c] ?? defaultRegisterVariant(c)])) as Values['registerForms'],
});

/**
 * 表格: how the bureau prints its forms — where the 平时考核登记表 puts the 工作纪实, which
 * 登记表 each 人员类别 gets (公务员, 事业单位, or the bureau's own titled for them), and the
 * 花名册's print columns (chosen in the print preview). Saved on its own, logged.
 */
export function FormSettingsCard() {
  const [form] = Form.useForm<Values>();
  const { data: value, reload } = useQuery('formSettings:get', {});
  const { run, busy, error } = useAction(true);
  useEffect(() => {
    if (value) form.setFieldsValue(toValues(value));
  }, [value, form]);
  if (!value) return null;
  const save = async (v: Values) => {
    const registerForms = Object.fromEntries(
      CATEGORIES.filter((c) => v.registerForms[c] !== defaultRegisterVariant(c)).map((c) => [c, v.registerForms[c]]),
    );
    const next = { ...value, workRecords: v.workRecords, registerForms };
    if (await run('formSettings:save', next, { form, success: '表格设置已保存，下次打印时生效' })) reload();
  };
  const rosterColumns = value.rosterPrintColumns ?? ROSTER_PRINT_DEFAULT;
  return (
    <Card size="small" title="表格" style={{ marginTop: 12 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="workRecords" label="平时考核登记表上的工作纪实">
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={Object.entries(WORK_RECORD_PLACEMENT_LABELS).map(([v, label]) => ({ value: v, label }))}
              />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              花名册打印列：{rosterColumns.map((k) => ROSTER_PRINT_LABELS[k]).join('、')}
              {value.rosterPrintColumns ? '' : '（干部名册的 15 列）'}。在“花名册 → 打印”的预览中选择。导出 Excel 总是完整花名册。
            </Typography.Paragraph>
          </Col>
          <Col span={12}>
            <Typography.Text strong>各人员类别使用的登记表</Typography.Text>
            <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 8, rowGap: 2, alignItems: 'center', marginTop: 6 }}>
              {CATEGORIES.map((c) => (
                <Fragment key={c}>
                  <Typography.Text>{c}</Typography.Text>
                  <Form.Item name={['registerForms', c]} noStyle>
                    <Select
                      size="small"
                      aria-label={`${c}使用的登记表`}
                      options={REGISTER_VARIANTS.map((v) => ({
                        value: v,
                        label: `${REGISTER_VARIANT_LABELS[v]}${v === defaultRegisterVariant(c) ? '（默认）' : ''}`,
                      }))}
                    />
                  </Form.Item>
                </Fragment>
              ))}
            </div>
            <Typography.Paragraph type="secondary" style={{ marginTop: 6 }}>
              没有填人员类别的，按编制类型：行政编制、参公用公务员登记表，事业编制用事业单位登记表，其他用本局通用登记表。
            </Typography.Paragraph>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy}>
          保存表格设置
        </Button>
      </Form>
    </Card>
  );
}
