import { Alert, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useEscape } from '../hooks/useEscape';
import { submitOnCtrlEnter } from '../lib/submit-keys';

interface Props<V> {
  /** Form name: prefixes the field ids, so labels stay unique on the page. */
  name: string;
  title: ReactNode;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => void;
  onCancel: () => void;
  busy: boolean;
  /** The server's refusal, shown inside the dialog. */
  error: string | null;
  okText?: string;
  width?: number;
  children: ReactNode;
}

/** A small dialog around one form: OK or Ctrl+Enter submits, refusals stay visible in it. Mount it only while open. */
export function FormModal<V>({
  name,
  title,
  form,
  initialValues,
  onSubmit,
  onCancel,
  busy,
  error,
  okText = '确定',
  width = 480,
  children,
}: Props<V>) {
  useEscape(onCancel);
  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      okButtonProps={{ title: 'Ctrl+Enter' }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      mask={{ closable: false }}
    >
      <Form name={name} form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} onKeyDown={submitOnCtrlEnter(form)}>
        {children}
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
