/**
 * An export as every action hands it out: a spreadsheet in private cloud storage, reached through a link
 * that dies after ten minutes. The client delivers it one way per platform (src/lib/exports).
 */
export interface ExportedFile {
  /** The ten-minute link. */
  url: string;
  fileID: string;
  /** The name the file is saved under (…xlsx). */
  fileName: string;
  /** When the link stops working (ISO instant). */
  expiresAt: string;
}

/**
 * How long an export's files stay in storage: a day, then the timer `purgeExports` (function ledger)
 * deletes them. A full export holds every ID number and phone of a jurisdiction; nobody needs its stored
 * copy after the day it was made (the user keeps the downloaded file, and can export again).
 */
export const EXPORT_KEEP_HOURS = 24;

/**
 * Collection `exportFiles`: every export file stored (WeChat Cloud storage cannot be listed, so the purge
 * finds them here), written before the upload and given the file id the upload answers. A record still
 * without one was left by an invocation stopped around its upload: the purge names the file from another
 * record's file id (`cloud://<env>.<bucket>/` + the cloud path) and deletes it, or finds it was never stored.
 * _id = the cloud path with `/` as `~`, so a part written again keeps one record.
 */
export interface ExportFileDoc {
  _id: string;
  cloudPath: string;
  /** Null until the upload has answered. */
  fileID: string | null;
  storedAt: Date;
}
