import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Input, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PLACEHOLDERS, type Placeholder } from '@shared/forms/placeholders';

/** How a placeholder is written in a form: {{姓名}}, or a list's or condition's opening and closing tags. */
export const writtenAs = (p: Placeholder) => (p.kind === 'text' ? `{{${p.name}}}` : `{{#${p.name}}}…{{/${p.name}}}`);

/**
 * 占位符说明: every placeholder a clerk may type into their own form, by group, what it prints and
 * where it works (lists and conditions only in Word); one click copies it to paste into WPS/Excel/Word.
 */
export function PlaceholderList({ height = 340 }: { height?: number }) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState('');
  const rows = useMemo(
    () => PLACEHOLDERS.filter((p) => !filter || p.name.includes(filter) || p.description.includes(filter) || p.group.includes(filter)),
    [filter],
  );
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(`已复制 ${text}，在表格中粘贴即可`);
    } catch {
      void message.info(`请手动输入 ${text}`);
    }
  };
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        在自己的表格中要填写的位置输入占位符（半角大括号，两边各两个），如“{'{{姓名}}'}”。同一格中可以有文字和几个占位符，如“旷工
        {'{{旷工天数}}'}天”。列表和条件只能用在 Word 模板中。
      </Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder="查找占位符"
        onChange={(e) => setFilter(e.target.value.trim())}
        style={{ width: 220, marginBottom: 8 }}
      />
      <Table<Placeholder>
        className="dense-table"
        size="small"
        rowKey="name"
        pagination={false}
        scroll={{ y: height }}
        dataSource={rows}
        columns={[
          { title: '分类', dataIndex: 'group', width: 110 },
          {
            title: '占位符',
            width: 250,
            render: (_, p) => (
              <span>
                <Typography.Text code>{writtenAs(p)}</Typography.Text>
                <Button
                  size="small"
                  type="text"
                  icon={<CopyOutlined />}
                  aria-label={`复制 ${writtenAs(p)}`}
                  onClick={() => void copy(p.kind === 'text' ? `{{${p.name}}}` : `{{#${p.name}}}{{/${p.name}}}`)}
                />
              </span>
            ),
          },
          {
            title: '填入的内容',
            render: (_, p) => (
              <span>
                {p.description}
                {p.fields && (
                  <>
                    ；每行可用{' '}
                    {p.fields.map((f) => (
                      <Typography.Text key={f.name} code>{`{{${f.name}}}`}</Typography.Text>
                    ))}
                  </>
                )}
              </span>
            ),
          },
          {
            title: '可用于',
            width: 100,
            render: (_, p) => (p.kind === 'text' ? <Tag>Excel、Word</Tag> : <Tag color="blue">Word</Tag>),
          },
        ]}
      />
    </div>
  );
}
