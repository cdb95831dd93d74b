import type { formsChannels } from '../../../shared/api/capabilities/forms';
import type { HandlersOf } from '../handler';
import { getFormSettings, saveFormSettings } from './form-settings';
import { exportForm, previewForm } from './forms';

export const formsApi: HandlersOf<typeof formsChannels> = {
  'forms:preview': previewForm,
  'forms:export': exportForm,
  'formSettings:get': getFormSettings,
  'formSettings:save': saveFormSettings,
};
