import type { GridCell, GridRow } from './grid-form';

/** Builders of the cells every fixed form is made of: labels, values, text boxes and signature lines. */

export const labelCell = <D>(col: number, text: string, extra: Partial<GridCell<D>> = {}): GridCell<D> => ({
  col,
  text,
  kind: 'label',
  ...extra,
});

export const valueCell = <D>(col: number, text: GridCell<D>['text'], extra: Partial<GridCell<D>> = {}): GridCell<D> => ({
  col,
  text,
  kind: 'value',
  valign: 'middle',
  ...extra,
});

/**
 * A text box from `col` to the right edge of a form `width` columns wide: top-left aligned, long
 * text shrinking down to `minSize` pt (then cut and printed whole on an 附页).
 */
export const boxCell = <D>(
  text: GridCell<D>['text'],
  opts: { col?: number; width?: number; minSize?: number } & Partial<GridCell<D>> = {},
) => {
  const { col = 1, width = 6, minSize = 9, ...extra } = opts;
  const cell: GridCell<D> = { col, span: width - col, text, kind: 'value', valign: 'top', minSize, ...extra };
  return cell;
};

/** The signature line closing the box above it: the box's lower part, no line between them. */
export const signatureRow = <D>(text: string, opts: { col?: number; width?: number; height?: number } = {}): GridRow<D> => {
  const { col = 1, width = 6, height = 30 } = opts;
  return { height, cells: [{ col, span: width - col, text, kind: 'value', align: 'right', valign: 'middle', open: 'top' }] };
};

export const SIGN_LINE = '签名：　　　　　　　年　　月　　日';
