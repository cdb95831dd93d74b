import { Col, Divider, Form, Row, Typography, type FormInstance } from 'antd';
import type { PersonDetail, UnitRow } from '@shared/api/contract';
import { PERSON_FIELD_LABELS } from '@shared/domain/person';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { submitOnCtrlEnter } from '../../lib/submit-keys';
import { PersonFieldControl, rulesFor } from './PersonFieldControl';
import { PERSON_FIELD_GROUPS } from './person-field-groups';
import type { PersonFormValues } from './person-form-values';

interface Props {
  form: FormInstance<PersonFormValues>;
  units: readonly UnitRow[];
  /** Absent for a new person. */
  detail?: PersonDetail;
  initialValues: PersonFormValues;
  /** Ctrl+Enter. */
  onSubmit: () => void;
  onFinish: (values: PersonFormValues) => void;
}

/** Id of the 姓名 input (the form is named 'person'), focused when the drawer opens. */
export const NAME_INPUT_ID = 'person_fields_name';

/** Every roster field, grouped; year-months tidy themselves on blur, the ID is checked before saving. */
export function PersonForm({ form, units, detail, initialValues, onSubmit, onFinish }: Props) {
  const unitLabel = detail && units.find((u) => u.id === detail.unitId)?.label;
  return (
    <Form
      name="person"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onKeyDown={submitOnCtrlEnter(onSubmit)}
      scrollToFirstError={{ block: 'center' }}
    >
      {detail ? (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          所在单位：{unitLabel ?? '（已撤销的单位）'}
          <Typography.Text type="secondary">（调整所在单位请用“调动”，以便记下日期）</Typography.Text>
        </Typography.Paragraph>
      ) : (
        <Form.Item label="所在单位" name="unitId" rules={[{ required: true, message: '请选择所在单位' }]}>
          <UnitTreeSelect units={units} placeholder="选择科室或单位" />
        </Form.Item>
      )}
      {PERSON_FIELD_GROUPS.map((group) => (
        <div key={group.title}>
          <Divider titlePlacement="start" plain style={{ margin: '6px 0 8px' }}>
            <Typography.Text strong>{group.title}</Typography.Text>
          </Divider>
          <Row gutter={12}>
            {group.fields.map(({ key, control, span = 8 }) => {
              const label = PERSON_FIELD_LABELS[key];
              return (
                <Col span={span} key={key}>
                  <Form.Item
                    label={label}
                    name={['fields', key]}
                    rules={rulesFor(control, key === 'name', label)}
                    validateTrigger={['onBlur']}
                    extra={control === 'idNumber' && detail?.idMasked ? '留空表示不修改' : undefined}
                  >
                    <PersonFieldControl control={control} idMasked={detail?.idMasked} autoFocus={key === 'name'} />
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
        </div>
      ))}
    </Form>
  );
}
