import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileInput, ImportKind, ImportPreview, ImportResult } from '@shared/api/contract';
import { call } from '../../api';
import { readFileAsSource } from '../../lib/file-transfer';

export type ImportStep =
  | { at: 'choose'; error: string | null }
  | { at: 'reading'; files: string[]; phase: string; percent: number }
  | { at: 'preview'; preview: ImportPreview }
  | { at: 'done'; result: ImportResult };

export interface ImportExpectation {
  periodId?: string;
  unitId?: string;
}

/** What the clerk chose in a roster preview: 导入到 and the columns mapped to fields. */
export interface PreviewChoices {
  unitId?: string;
  mapping: Record<string, string>;
}

const POLL_MS = 300;
/** The contract takes at most 45 million base64 characters per file (about 33 MB). */
const MAX_BYTES = 30 * 1024 * 1024;

interface Job {
  /** Empty while the files are still being read in the page. */
  id: string;
  cancelled: boolean;
}

/**
 * One import from choosing the files to the preview: reads the files, asks for a preview under a
 * job id of its own, polls the job's progress and can cancel it. Nothing is written here; the
 * dialog commits the preview the clerk accepts. Leaving (unmounting) cancels a running preview.
 */
export function useImportSession(kind: ImportKind, expectation: ImportExpectation | undefined) {
  const { message } = App.useApp();
  const [step, setStep] = useState<ImportStep>({ at: 'choose', error: null });
  const sources = useRef<FileInput[]>([]);
  const choices = useRef<PreviewChoices>({ mapping: {} });
  const [chosen, setChosen] = useState<PreviewChoices>(choices.current);
  const job = useRef<Job | null>(null);
  const expectKey = JSON.stringify(expectation ?? {});

  const stop = useCallback(() => {
    const running = job.current;
    job.current = null;
    if (!running) return;
    running.cancelled = true;
    if (running.id) void call('jobs:cancel', { jobId: running.id });
  }, []);
  useEffect(() => stop, [stop]);

  /** Previews the files read last (again, after the data changed). */
  const preview = useCallback(async () => {
    const current: Job = { id: `import-${crypto.randomUUID()}`, cancelled: false };
    job.current = current;
    const files = sources.current.map((s) => ('fileName' in s ? s.fileName : s.file));
    setStep({ at: 'reading', files, phase: '上传文件', percent: 0 });
    const timer = setInterval(() => {
      void call('jobs:progress', { jobId: current.id }).then((r) => {
        if (!r.ok || current.cancelled || r.data.percent === 0) return;
        setStep((s) => (s.at === 'reading' ? { ...s, phase: r.data.phase, percent: Math.round(r.data.percent) } : s));
      });
    }, POLL_MS);
    try {
      const expect = JSON.parse(expectKey) as ImportExpectation;
      const { unitId, mapping } = choices.current;
      const r = await call('import:preview', {
        kind,
        sources: sources.current,
        jobId: current.id,
        expect: unitId ? { ...expect, unitId } : expect,
        ...(Object.keys(mapping).length ? { mapping } : {}),
      });
      if (current.cancelled) return;
      job.current = null;
      if (r.ok) setStep({ at: 'preview', preview: r.data });
      else if (r.code === 'CANCELLED') {
        void message.info(r.message);
        setStep({ at: 'choose', error: null });
      } else setStep({ at: 'choose', error: r.message });
    } finally {
      clearInterval(timer);
    }
  }, [kind, expectKey, message]);

  /** Reads the chosen files and previews them. */
  const choose = useCallback(
    async (files: File[]) => {
      const tooBig = files.find((f) => f.size > MAX_BYTES);
      if (tooBig)
        return setStep({ at: 'choose', error: `“${tooBig.name}”超过 30 MB，不像是一份名册或登记表。请删去无关的工作表后再导入。` });
      const reading: Job = { id: '', cancelled: false };
      choices.current = { mapping: {} };
      setChosen(choices.current);
      job.current = reading;
      setStep({ at: 'reading', files: files.map((f) => f.name), phase: '读取文件', percent: 0 });
      try {
        sources.current = await Promise.all(files.map(readFileAsSource));
      } catch {
        job.current = null;
        return setStep({ at: 'choose', error: '无法读取所选的文件（可能已被移动、删除或正被其他程序占用）。' });
      }
      if (!reading.cancelled) await preview();
    },
    [preview],
  );

  /** 取消 while reading: the service stops and writes nothing. */
  const cancel = useCallback(() => {
    stop();
    setStep({ at: 'choose', error: null });
    void message.info('已取消，没有写入任何数据。');
  }, [stop, message]);

  const reselect = useCallback(() => setStep({ at: 'choose', error: null }), []);
  /** The same files again with another 导入到 or column mapping. */
  const rechoose = useCallback(
    (change: Partial<PreviewChoices>) => {
      choices.current = { ...choices.current, ...change };
      setChosen(choices.current);
      void preview();
    },
    [preview],
  );
  const finish = useCallback((result: ImportResult) => setStep({ at: 'done', result }), []);

  return { step, choose, preview, cancel, reselect, finish, rechoose, choices: chosen };
}
