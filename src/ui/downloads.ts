/**
 * Files the preview offers to download, as Blob URLs: nothing leaves the browser. Each slot
 * keeps its last file only, so that generating again frees the previous one's memory.
 */
import type { Download } from "../app/generate";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF_TYPE = "application/pdf";

export interface BlobUrls {
  create(blob: Blob): string;
  revoke(url: string): void;
}

export const browserUrls: BlobUrls = {
  create: (b) => URL.createObjectURL(b),
  revoke: (u) => URL.revokeObjectURL(u),
};

export class DownloadSlot {
  private url: string | null = null;

  constructor(private readonly urls: BlobUrls) {}

  offer(bytes: Uint8Array, fileName: string, type: string = XLSX_TYPE): Download {
    this.dispose();
    this.url = this.urls.create(new Blob([bytes as BlobPart], { type }));
    return { url: this.url, fileName };
  }

  dispose(): void {
    if (this.url) this.urls.revoke(this.url);
    this.url = null;
  }
}
