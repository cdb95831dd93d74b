import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { createPortal } from 'react-dom';
import './recovery-print.css';

/**
 * The recovery code, shown once after the password is set: print it or save it as a text file and
 * keep it away from the computer. With the data folder, it is the only way back in.
 */
export function RecoveryCodeModal({
  code,
  organisation,
  onClose,
  zIndex,
}: {
  code: string;
  organisation: string;
  onClose: () => void;
  /** Above the lock screen when it is shown from there. */
  zIndex?: number;
}) {
  const text = `平时考核 访问密码恢复码\n单位：${organisation}\n恢复码：${code}\n\n忘记密码时，在锁定画面点“忘记密码”，输入此恢复码并设置新密码（也可在命令行运行 npm run cli -- password reset --recovery ${code} --password 新密码）。\n请妥善保管，不要与电脑放在一起。`;
  const save = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = '平时考核-恢复码.txt';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <>
      <Modal
        open
        zIndex={zIndex}
        title="请保存恢复码"
        closable={false}
        maskClosable={false}
        onOk={onClose}
        okText="我已保存"
        cancelButtonProps={{ style: { display: 'none' } }}
        width={520}
      >
        <Alert
          type="warning"
          showIcon
          title="恢复码只显示这一次。忘记密码时，需要数据文件夹和这个恢复码才能重设密码。"
          style={{ marginBottom: 12 }}
        />
        <Typography.Paragraph className="recovery-code" copyable={{ text: code }} data-testid="recovery-code">
          {code}
        </Typography.Paragraph>
        <Space>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button icon={<SaveOutlined />} onClick={save}>
            保存为文本文件
          </Button>
        </Space>
      </Modal>
      {createPortal(<pre className="recovery-print">{text}</pre>, document.body)}
    </>
  );
}
