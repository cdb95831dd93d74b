import type { ImportIssue } from '../api/contract';

/** Where an import issue is: “工作表”第N行“列” — only the parts it has (a file-level issue has row 0 and no column). */
export const issuePlace = (e: Pick<ImportIssue, 'sheet' | 'row' | 'column'>): string =>
  [e.sheet && `“${e.sheet}”`, e.row > 0 && `第${e.row}行`, e.column && `“${e.column}”`].filter(Boolean).join('');
