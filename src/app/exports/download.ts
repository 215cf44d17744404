// Hands a made file to the browser as a download.

/** What a download needs: a name, a type and the text. */
export interface DownloadFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** How long the object URL lives after the click; the browser has taken the file by then. */
const REVOKE_AFTER_MS = 10_000;

/** Saves the file through a temporary link to an object URL of its bytes. */
export function downloadFile(file: DownloadFile): void {
  const url = URL.createObjectURL(
    new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
