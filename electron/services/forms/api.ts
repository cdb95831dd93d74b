import type { formsChannels } from '../../../shared/api/capabilities/forms';
import type { HandlersOf } from '../handler';
import { exportForm, previewForm } from './forms';

export const formsApi: HandlersOf<typeof formsChannels> = {
  'forms:preview': previewForm,
  'forms:export': exportForm,
};
