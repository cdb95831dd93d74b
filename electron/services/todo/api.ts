import type { todoChannels } from '../../../shared/api/capabilities/todo';
import type { HandlersOf } from '../handler';
import { getTodo } from './todo';

export const todoApi: HandlersOf<typeof todoChannels> = {
  'todo:get': getTodo,
};
