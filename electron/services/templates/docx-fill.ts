import { templateValues, type TemplateFacts } from '../../../shared/forms/placeholders';
import type { DocxLayout } from '../../../shared/forms/template-meta';
import { docxPerPerson, joinDocx } from './docx-join';
import { checkDocxTemplate, fillDocx } from './docx-template';

/** Each person's filled copy, the template checked first (one refusal for all its problems). */
export function fillDocxCopies(template: Uint8Array, name: string, facts: TemplateFacts[]): { name: string; bytes: Uint8Array }[] {
  checkDocxTemplate(template, name);
  return facts.map((f) => ({ name: f.name, bytes: fillDocx(template, templateValues(f), name) }));
}

/** The copies as the clerk chose: one .docx, or a .zip of one .docx per person. */
export function docxOutput(
  copies: { name: string; bytes: Uint8Array }[],
  layout: DocxLayout,
): { extension: 'docx' | 'zip'; bytes: Uint8Array } {
  return layout === 'together' || copies.length === 1
    ? { extension: 'docx', bytes: joinDocx(copies.map((c) => c.bytes)) }
    : { extension: 'zip', bytes: docxPerPerson(copies) };
}
