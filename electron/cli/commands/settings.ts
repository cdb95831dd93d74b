import { readFile } from 'node:fs/promises';
import { isChannel } from '../../../shared/api/channels';
import { usageError, userPath } from '../args';
import { pickAll } from '../names';
import { assignSettings, settingsLines } from '../settings-args';
import { peopleNamed, type Command } from './api';

/** settings get: every 考核设置 as `key = value` with what it is. */
export const settingsGet: Command = async (api) => {
  const s = await api.call('settings:get', {});
  const people = await peopleNamed(api);
  return { data: s, text: settingsLines(s, (id) => people.find((p) => p.id === id)?.name ?? id).join('\n') };
};

/** settings set key=value …: checked as a whole and saved as one change (logged with before and after). */
export const settingsSet: Command = async (api, _f, p) => {
  const current = await api.call('settings:get', {});
  const people = await peopleNamed(api);
  const next = assignSettings(current, p.positional, (names) => pickAll(people, names, '人员').map((x) => x.id));
  const saved = await api.call('settings:save', next);
  return { data: saved, text: `考核设置已保存，下次运行评定时生效：${p.positional.join('，')}` };
};

/**
 * call 通道 [--input JSON | --input-file 文件]: any channel the screens use, with the same checks,
 * access rules and audit entries — what no other command covers.
 */
export const call: Command = async (api, f) => {
  const channel = f.word('call 需要通道名，如 call people:save（通道见 shared/api/channels.ts）。');
  if (!isChannel(channel)) usageError(`没有名为“${channel}”的通道。`);
  const file = f.str('input-file');
  const raw = file ? await readFile(userPath(file), 'utf8') : (f.str('input') ?? '{}');
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    return usageError(`--input 应为 JSON，如 --input '{"periodId":"2025-Q1"}'。`);
  }
  const data = await api.call(channel as never, input as never);
  return { data, text: JSON.stringify(data, null, 2) };
};
