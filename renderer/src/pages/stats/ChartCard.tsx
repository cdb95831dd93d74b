import { PictureOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useRef } from 'react';
import { EChart, type ChartOption, type ECharts } from './EChart';

interface Props {
  title: string;
  /** File name of the exported picture, without .png. */
  fileName: string;
  option: ChartOption;
  height: number;
}

/** Saves the chart as a PNG (white background, twice the screen resolution for printing). */
function exportPng(chart: ECharts | null, fileName: string) {
  if (!chart) return;
  const a = document.createElement('a');
  a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  a.download = `${fileName}.png`;
  a.click();
}

/** A titled chart with 导出图片. */
export function ChartCard({ title, fileName, option, height }: Props) {
  const chart = useRef<ECharts | null>(null);
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" icon={<PictureOutlined />} onClick={() => exportPng(chart.current, fileName)}>
          导出图片
        </Button>
      }
      styles={{ body: { padding: 8 } }}
    >
      <EChart option={option} height={height} chartRef={chart} />
    </Card>
  );
}
