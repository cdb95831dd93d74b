import dayjs from 'dayjs';

/** 平时考核备份-20250410.backup */
export const backupFileName = (day = dayjs()) => `平时考核备份-${day.format('YYYYMMDD')}.backup`;

/** A backup path beside the data folder (same separator style as the folder's own path). */
export function defaultBackupPath(dataDir: string): string {
  const sep = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  const trimmed = dataDir.replace(/[\\/]+$/, '');
  const cut = trimmed.lastIndexOf(sep);
  const parent = cut > 0 ? trimmed.slice(0, cut) : trimmed;
  return `${parent}${sep}${backupFileName()}`;
}

/** File sizes as the clerk reads them (backups are small: KB is enough). */
export const fileSize = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;
