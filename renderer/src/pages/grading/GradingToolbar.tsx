import { FileTextOutlined, PlayCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { GradingView, PeriodSummary } from '@shared/api/appraisal-schemas';
import { localTime } from '../../lib/dates';
import { PeriodStateTag } from '../periods/PeriodStateTag';
import { FormsMenu } from './FormsMenu';

interface Props {
  period: PeriodSummary;
  view: GradingView | null;
  /** The period selector. */
  picker: ReactNode;
  running: boolean;
  publishing: boolean;
  onRun: () => void;
  onPublish: () => void;
  onFeedback: () => void;
}

/** “上次评定 HH:mm” (with the day when it was not today). */
const lastRun = (at: string) => `上次评定 ${dayjs(at).format(dayjs(at).isSame(dayjs(), 'day') ? 'HH:mm' : 'M月D日 HH:mm')}`;

/** The period, its state, when it was last graded, and 运行评定 / 公示 (评定 only) / 反馈. */
export function GradingToolbar({ period, view, picker, running, publishing, onRun, onPublish, onFeedback }: Props) {
  const state = view?.state ?? period.state;
  const grading = state === 'grading';
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
      {picker}
      <PeriodStateTag state={state} />
      {view?.ranAt && (
        <Typography.Text type="secondary" title={localTime(view.ranAt)} data-testid="last-run">
          {lastRun(view.ranAt)}
        </Typography.Text>
      )}
      {!grading && (
        <Typography.Text type="secondary">
          {state === 'archived' ? '已归档，评定结果只能查看。' : '公示中，评定结果只能查看；如需调整，请在“考核周期”页面退回“评定”。'}
        </Typography.Text>
      )}
      <span style={{ flex: 1 }} />
      {view?.ranAt && <FormsMenu period={period} published={!grading} />}
      {view?.ranAt && (
        <Button icon={<FileTextOutlined />} onClick={onFeedback} title="每人的等次和评鉴意见，可打印">
          反馈
        </Button>
      )}
      {grading && (
        <>
          <Button icon={<PlayCircleOutlined />} loading={running} onClick={onRun} title="按当前的评鉴、表现记录和管理职责重新评定">
            运行评定
          </Button>
          <Popconfirm
            title={`${period.label}进入“公示”？`}
            description="公示前会按当前数据重新评定；公示后不能再修改考核材料和等次，退回须写明理由。"
            okText="公示"
            cancelText="取消"
            onConfirm={onPublish}
          >
            <Button type="primary" icon={<SendOutlined />} loading={publishing}>
              公示
            </Button>
          </Popconfirm>
        </>
      )}
    </div>
  );
}
