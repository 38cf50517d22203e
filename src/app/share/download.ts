/** Saves a Blob as a file through a temporary link (no network: the URL is a blob: URL). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time this runs; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
