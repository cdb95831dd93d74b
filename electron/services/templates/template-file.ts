import * as XLSX from '@e965/xlsx';
import PizZip from 'pizzip';
import { rejected } from '../app-error';
import { detectFileKind } from '../excel/file-kind';
import { zipProblem } from '../excel/zip-check';
import type { TemplateFormat } from '../../../shared/forms/template-meta';

/** A form is a few dozen kB; a template with pictures a few MB. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

const SAVE_AS_DOCX = '请在 WPS 或 Word 中打开它，点“文件 → 另存为”，文件类型选“Word 文档（*.docx）”，再添加另存的文件。';
const SAVE_AS_XLSX = '请在 WPS 或 Excel 中打开它，点“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”，再添加另存的文件。';

/**
 * What a template file is, by its content (never its extension): an Excel workbook or a Word
 * document in the current (zip) formats. Everything else is refused with one sentence saying
 * what the file is and what to do: an old .doc or .xls, a password, damage, another kind of file.
 */
export function templateFormat(bytes: Uint8Array, fileName: string): TemplateFormat {
  const refuse = (why: string) => rejected(`无法使用“${fileName}”作模板：${why}`);
  if (bytes.length > MAX_TEMPLATE_BYTES)
    throw refuse(`文件有 ${(bytes.length / 1024 / 1024).toFixed(0)} MB，表格模板不会这么大；请删除其中的大图片后再试。`);
  switch (detectFileKind(bytes)) {
    case 'empty':
      throw refuse('文件是空的（0 字节）。');
    case 'other':
      throw refuse('它不是 Word（.docx）或 Excel（.xlsx）文件。');
    case 'ole2': {
      const paths = oleStreams(bytes);
      if (paths.some((p) => /EncryptedPackage$|EncryptionInfo$/i.test(p)))
        throw refuse('文件设置了打开密码。请在 WPS/Word/Excel 中取消密码后另存，再添加。');
      if (paths.some((p) => /WordDocument$/i.test(p))) throw refuse(`它是旧版 Word 文档（.doc），程序只能读取 .docx。${SAVE_AS_DOCX}`);
      if (paths.some((p) => /(^|\/)(Workbook|Book)$/i.test(p)))
        throw refuse(`它是旧版 Excel 表格（.xls），程序只能读取 .xlsx。${SAVE_AS_XLSX}`);
      throw refuse('它是旧版 Office 文件，但不是 Word 文档或 Excel 表格。');
    }
    case 'zip': {
      const problem = zipProblem(bytes);
      if (problem) throw refuse(problem);
      let zip: PizZip;
      try {
        zip = new PizZip(bytes);
      } catch {
        throw refuse('文件已损坏或不完整（可能没有下载或复制完），WPS/Word 也可能打不开它。请重新获取原文件。');
      }
      if (zip.file('word/document.xml')) return 'docx';
      if (zip.file('xl/workbook.xml')) return 'xlsx';
      throw refuse('它是压缩包，但不是 Word（.docx）文档或 Excel（.xlsx）表格。');
    }
  }
}

function oleStreams(bytes: Uint8Array): string[] {
  try {
    return XLSX.CFB.read(bytes, { type: 'buffer' }).FullPaths;
  } catch {
    return [];
  }
}
