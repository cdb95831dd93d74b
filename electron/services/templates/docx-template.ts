import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { SaxesParser } from 'saxes';
import { placeholder, placeholdersIn, type TemplateValues } from '../../../shared/forms/placeholders';
import { findingSentences, nameFindings, textFindings, type Finding } from '../../../shared/forms/template-problems';
import { rejected } from '../app-error';

/**
 * A clerk's Word form filled with docxtemplater: logic-less {{tags}} (a template from elsewhere can
 * run no code), tags that Word split across runs joined up, {{#列表}} rows repeated and
 * {{#条件}}…{{/条件}} shown or hidden, multi-line values as line breaks. Every problem with the
 * tags is told before any filling, one sentence per kind.
 */
const OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  delimiters: { start: '{{', end: '}}' },
  errorLogging: false,
  // Every name is checked against the catalogue first, so an empty value is just empty.
  nullGetter: () => '',
} as const;

interface TemplateErrorDetail {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: TemplateErrorDetail[] };
  message?: string;
}

/** Compiles the template; throws one refusal listing every problem. */
export function checkDocxTemplate(bytes: Uint8Array, name: string): void {
  const refuse = (problems: string[]) => rejected(`模板“${name}”还不能使用：\n${problems.join('\n')}`);
  const inspect = new InspectModule();
  const zip = open(bytes, name);
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, { ...OPTIONS, modules: [inspect] });
  } catch (e) {
    throw refuse(compileProblems(e as TemplateErrorDetail));
  }
  const findings: Finding[] = [];
  // Full-width braces and stray halves are plain text to docxtemplater: look for them in the text.
  findings.push(...textFindings(doc.getFullText().replace(/\{\{[^{}]*\}\}/g, ''), '', 'docx').filter((f) => f.kind === 'fullWidth'));
  const problems: string[] = [];
  let tags = 0;
  const walk = (parts: Part[], list: string | null) => {
    for (const part of parts) {
      if (part.type !== 'placeholder') continue;
      tags++;
      const prefix = part.module === 'loop' ? (part.inverted ? '^' : '#') : part.module === 'rawxml' ? '@' : '';
      if (prefix === '@') {
        problems.push(`“{{@${part.value}}}”：程序不支持“@”开头的占位符（图片或原样插入的内容，如印章），请删除它；需要盖章的在打印后盖。`);
        continue;
      }
      const field = list && placeholder(list)?.fields?.some((f) => f.name === part.value);
      if (!field) findings.push(...nameFindings(`${prefix}${part.value}`, '', 'docx'));
      if (part.module === 'loop') {
        const p = placeholder(part.value);
        if (p && p.kind === 'text')
          problems.push(
            `“{{${prefix}${part.value}}}”是文字占位符，不能用“#”“^”重复或条件显示；请直接写“{{${part.value}}}”，或改用列表（如“{{#工作纪实条目}}”）。`,
          );
        walk(part.subparsed ?? [], p?.kind === 'list' ? part.value : list);
      }
    }
  };
  walk(inspect.getAllStructuredTags() as Part[], null);
  const sentences = [...findingSentences(findings), ...new Set(problems)];
  if (!tags && !sentences.length)
    sentences.push('模板中没有任何占位符：请在要填写的地方输入占位符，如“{{姓名}}”“{{个人小结}}”（见“占位符说明”）。');
  if (sentences.length) throw refuse(sentences);
}

interface Part {
  type: string;
  value: string;
  module?: string;
  inverted?: boolean;
  subparsed?: Part[];
}

/** The template filled with one person's values (uncompressed: it is joined or packed afterwards). */
export function fillDocx(bytes: Uint8Array, values: TemplateValues, name: string): Uint8Array {
  const doc = new Docxtemplater(open(bytes, name), OPTIONS);
  doc.render(values);
  return doc.getZip().generate({ type: 'uint8array', compression: 'STORE' });
}

/** The template's zip, its text parts (body, headers, footers) checked well-formed: docxtemplater would pass some damage on. */
function open(bytes: Uint8Array, name: string): PizZip {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
    if (!zip.file('word/document.xml')) throw new Error('no document');
  } catch {
    throw rejected(`无法读取模板“${name}”：文件已损坏，或不是 WPS/Word 能打开的 .docx 文档。请在 WPS/Word 中打开后另存为 .docx 再试。`);
  }
  for (const part of zip.file(/^word\/(document|header\d*|footer\d*)\.xml$/)) {
    const parser = new SaxesParser();
    let broken = false;
    parser.on('error', () => {
      broken = true;
    });
    try {
      parser.write(part.asText()).close();
    } catch {
      broken = true;
    }
    if (broken)
      throw rejected(
        `无法读取模板“${name}”：文件内部的 ${part.name} 已损坏（XML 不完整），WPS/Word 可能也打不开它。请在 WPS/Word 中打开后另存为 .docx 再试，或重新获取原文件。`,
      );
  }
  return zip;
}

/** docxtemplater's compile errors as the clerk's sentences. */
function compileProblems(e: TemplateErrorDetail): string[] {
  const errors = e.properties?.errors ?? [e];
  const findings: Finding[] = [];
  const problems: string[] = [];
  for (const err of errors) {
    const p = err.properties ?? {};
    const tag = p.xtag ?? '';
    switch (p.id) {
      case 'unopened_tag':
      case 'unclosed_tag':
      case 'duplicate_open_tag':
      case 'duplicate_close_tag':
        findings.push({ kind: 'unpaired', where: '', written: tag.slice(0, 16) });
        break;
      case 'unclosed_loop':
        problems.push(`“{{#${tag}}}”后面缺少对应的结束标记“{{/${tag}}}”。`);
        break;
      case 'unopened_loop':
        problems.push(`“{{/${tag}}}”前面缺少对应的开始标记“{{#${tag}}}”。`);
        break;
      case 'closing_tag_does_not_match_opening_tag':
        problems.push(
          `开始标记和结束标记对不上（${placeholdersIn(p.explanation ?? '').join('、') || tag}）：每个“{{#名称}}”要用同名的“{{/名称}}”结束，且不能交叉。`,
        );
        break;
      case 'raw_tag_outerxml_invalid':
      case 'raw_xml_tag_should_be_only_text_in_paragraph':
        problems.push(`“{{@${tag}}}”：程序不支持“@”开头的占位符（图片或原样插入的内容，如印章），请删除它；需要盖章的在打印后盖。`);
        break;
      case 'loop_position_invalid':
        problems.push(
          `“{{#${tag}}}”和它的结束标记位置不对：要重复表格的一行，把开始标记写在这一行的第一格、结束标记写在同一行的最后一格；要重复几段文字，开始和结束标记各占一段。`,
        );
        break;
      case 'malformed_xml':
        problems.push('文件内部的 XML 已损坏，WPS/Word 可能也打不开它：请在 WPS/Word 中打开后另存为 .docx 再试。');
        break;
      default:
        problems.push(`Word 文件中有无法识别的占位符写法${tag ? `（“${tag}”）` : ''}：占位符应写成“{{姓名}}”的样子。`);
    }
  }
  return [...findingSentences(findings), ...new Set(problems)];
}
