import { App, Typography } from 'antd';
import { useAction } from '../../hooks/useAction';

/** Asks first (the current data is snapshotted before it is replaced), then restores. */
export function useRestore(onRestored: () => void) {
  const { modal, message } = App.useApp();
  const { run } = useAction();
  return (file: string) =>
    modal.confirm({
      title: '从备份恢复数据？',
      width: 520,
      content: (
        <>
          <Typography.Paragraph>
            将用下面这份备份替换当前的全部数据（单位、人员、管理职责和操作日志）：
            <br />
            <Typography.Text code>{file}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            恢复前，程序会先把当前数据自动备份一份（在“自动备份”中可以找到），如有需要可以再恢复回来。
          </Typography.Paragraph>
        </>
      ),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const r = await run('data:restore', { file });
        if (!r) return;
        void message.success(`已恢复 ${r.status.organisationName ?? ''} 的数据；恢复前的数据已自动备份。`);
        onRestored();
      },
    });
}
