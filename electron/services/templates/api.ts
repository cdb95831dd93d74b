import type { templatesChannels } from '../../../shared/api/capabilities/templates';
import type { HandlersOf } from '../handler';
import { addTemplate, exportTemplateFile, listTemplates, openTemplateForm, removeTemplate } from './templates';

export const templatesApi: HandlersOf<typeof templatesChannels> = {
  'templates:list': listTemplates,
  'templates:add': addTemplate,
  'templates:remove': removeTemplate,
  'templates:export': exportTemplateFile,
  'templates:open': openTemplateForm,
};
