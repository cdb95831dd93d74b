import { contextBridge, ipcRenderer } from 'electron';
import type { DeskBridge } from '../shared/api/bridge';
import { isChannel } from '../shared/api/channels';

/** The renderer's whole view of main: two functions, no ipcRenderer (bundled to one CJS file for the sandbox). */
const desk = {
  invoke: (channel, input, session) =>
    isChannel(channel)
      ? ipcRenderer.invoke('desk:invoke', channel, input, session)
      : Promise.resolve({ ok: false, code: 'INVALID_INPUT', message: `未知的操作“${String(channel)}”。` }),
  pickFile: (options) => ipcRenderer.invoke('desk:pickFile', options),
} satisfies DeskBridge;

contextBridge.exposeInMainWorld('desk', desk);
