import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { RowButton } from '../../components/RowButton';

interface Props {
  masked: string | null;
  /** The full number, once revealed for this row. */
  full?: string;
  onReveal: () => void;
  onHide: () => void;
}

/** 身份证号, masked unless the clerk asked to see it (each reveal is logged by the service). */
export function IdCell({ masked, full, onReveal, onHide }: Props) {
  if (!masked) return null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span className="id-number" data-testid="id-number">
        {full ?? masked}
      </span>
      <RowButton
        className="icon"
        title={full ? '隐藏' : '显示完整号码（会记入操作日志）'}
        aria-label={full ? '隐藏身份证号' : '显示身份证号'}
        onClick={(e) => {
          e.stopPropagation();
          if (full) onHide();
          else onReveal();
        }}
      >
        {full ? <EyeInvisibleOutlined /> : <EyeOutlined />}
      </RowButton>
    </span>
  );
}
