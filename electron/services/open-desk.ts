import { AccessControl } from './access/access';
import type { DeskContext } from './context';
import { WorkbookReader } from './excel/read-in-worker';
import { ImportPreviews } from './imports/previews';
import { Jobs } from './jobs/jobs';
import { chromiumPrinter, type PdfPrinter } from './print/pdf';
import { DataFolder, type OpenOptions } from './store/folder/data-folder';
import { currentUser } from './store/file/lock';

/**
 * Opens a data folder for one front (app, browser host, CLI). The actor is “本机用户（OS 名）”
 * until someone signs in (so a log entry never passes an OS account off as an app user); PDFs go through Chromium unless the front brings its own printer.
 */
export async function openDesk(dataDir: string, options: OpenOptions & { printer?: PdfPrinter }): Promise<DeskContext> {
  const folder = await DataFolder.open(dataDir, options);
  try {
    return {
      folder,
      actor: `本机用户（${currentUser()}）`,
      access: await AccessControl.open(folder),
      previews: new ImportPreviews(),
      jobs: new Jobs(),
      reader: new WorkbookReader(),
      printer: options.printer ?? chromiumPrinter(),
    };
  } catch (e) {
    await folder.close();
    throw e;
  }
}
