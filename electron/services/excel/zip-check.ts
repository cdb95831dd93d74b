import { inflateRawSync } from 'node:zlib';

/** More than any roster or review sheet holds unpacked; a zip bomb is far beyond. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** An .xlsx has a few dozen parts; tens of thousands mean a crafted file. */
export const MAX_ZIP_ENTRIES = 5_000;
/**
 * Per worksheet, what exceljs can take in a few seconds: it expands every merged area cell by cell
 * (A2:XFD1048576 is 17 billion cells) and checks each merge against all the others, and holds
 * every row. A roster or review sheet is far below these.
 */
export const SHEET_LIMITS = { rows: 100_000, cells: 1_500_000, merges: 5_000, mergedCells: 200_000 };

/**
 * Checks an .xlsx (a zip) before any reader unpacks it: it must end with its central directory
 * (a truncated copy does not, and exceljs can wait for ever on one), what that directory declares
 * must stay within the limits, and every part must unpack to no more than it declares (inflated
 * with a hard output cap, so a lying header cannot smuggle a bomb through). Returns why to
 * refuse, or null; damage inside a part is left to the readers, which refuse it.
 */
export function zipProblem(bytes: Uint8Array): string | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return DAMAGED;
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return `文件使用了 ZIP64 大文件格式，不像是普通的 Excel/WPS 表格，${STOPPED}`;
  if (count > MAX_ZIP_ENTRIES) return `文件内部有 ${count} 个部件，不像是普通的 Excel/WPS 表格，${STOPPED}`;
  let total = 0;
  for (let i = 0, p = cdOffset; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return DAMAGED;
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (size === 0xffffffff || compressed === 0xffffffff) return `文件使用了 ZIP64 大文件格式，不像是普通的 Excel/WPS 表格，${STOPPED}`;
    total += size;
    if (total > MAX_UNZIPPED_BYTES) return `文件解压后超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB（可能是“压缩炸弹”），${STOPPED}`;
    if ((method !== 0 && method !== 8) || local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    let part: Buffer;
    try {
      // Unpacking more than declared throws (maxOutputLength); a short or damaged part is the readers' to refuse.
      part =
        method === 0
          ? buf.subarray(start, start + compressed)
          : inflateRawSync(buf.subarray(start, start + compressed), { maxOutputLength: Math.max(size, 1) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        return `文件内部的数据比它声明的大小更大（文件已损坏，或是“压缩炸弹”），${STOPPED}`;
      continue;
    }
    const tooBig = /^xl\/worksheets\/[^/]+\.xml$/i.test(name) ? sheetTooBig(part) : null;
    if (tooBig) return tooBig;
  }
  return null;
}

/** Counts tags in a worksheet's XML (as bytes: the tags are ASCII) against SHEET_LIMITS. */
function sheetTooBig(xml: Buffer): string | null {
  const text = xml.toString('latin1');
  const count = (re: RegExp) => {
    let n = 0;
    for (re.lastIndex = 0; re.test(text);) n++;
    return n;
  };
  const rows = count(/<(?:\w+:)?row[\s>/]/g);
  if (rows > SHEET_LIMITS.rows) return `工作表有 ${rows} 行，超过 ${SHEET_LIMITS.rows} 行的上限（可能带有大量空行），${STOPPED}`;
  const cells = count(/<(?:\w+:)?c[\s>/]/g);
  if (cells > SHEET_LIMITS.cells) return `工作表有 ${cells} 个单元格，超过 ${SHEET_LIMITS.cells} 个的上限，${STOPPED}`;
  let merges = 0;
  let merged = 0;
  for (const m of text.matchAll(/<(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    merges++;
    merged += (Number(m[4]) - Number(m[2]) + 1) * (columnNumber(m[3]) - columnNumber(m[1]) + 1);
    if (merges > SHEET_LIMITS.merges || merged > SHEET_LIMITS.mergedCells)
      return `工作表的合并单元格过多或范围过大（如 ${m[1]}${m[2]}:${m[3]}${m[4]}），${STOPPED}`;
  }
  return null;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const DAMAGED = '文件已损坏或不完整（可能没有下载或复制完），Excel/WPS 也可能打不开它。请重新获取原文件。';
const STOPPED = '已停止读取。如果它确实是要导入的表格，请在 Excel/WPS 中打开后只保留需要导入的工作表，另存为 .xlsx 再试。';

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) return i;
  }
  return -1;
}
