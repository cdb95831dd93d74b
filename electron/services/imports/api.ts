import type { importsChannels } from '../../../shared/api/capabilities/imports';
import type { HandlersOf } from '../handler';
import { commitImport, importErrorReport, previewImport } from './imports';

export const importsApi: HandlersOf<typeof importsChannels> = {
  'import:preview': previewImport,
  'import:commit': commitImport,
  'import:errorReport': importErrorReport,
};
