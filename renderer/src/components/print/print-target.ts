import type { Input } from '@shared/api/contract';

export type FormRequest = Input<'forms:preview'>['request'];

/** A form to preview, print and save (the service names the file). */
export interface PrintTarget {
  request: FormRequest;
  title: string;
}
