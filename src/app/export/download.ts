// Saves a blob under a file name through a temporary link, the way every
// browser offers a download without a server.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is no longer needed soon after.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
