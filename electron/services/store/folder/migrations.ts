/**
 * Data-format versions. Bump SCHEMA_VERSION when a file's shape changes and add a migration that
 * rewrites the old files; the data folder is snapshotted before any migration runs, and a folder
 * written by a newer version is refused rather than half-understood.
 */
export const SCHEMA_VERSION = 1;

export interface Migration {
  from: number;
  to: number;
  description: string;
  /** Rewrites the files in the data folder from version `from` to `to`. */
  run(dataDir: string): Promise<void>;
}

export const MIGRATIONS: Migration[] = [];
