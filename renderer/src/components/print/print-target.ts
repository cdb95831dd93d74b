import type { Input } from '../../../../shared/api/contract';

export type FormRequest = Input<'forms:preview'>['request'];

/** A form to preview, print and save: what the service fills, and the name it is saved under. */
export interface PrintTarget {
  request: FormRequest;
  title: string;
  fileBase: string;
}
