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
