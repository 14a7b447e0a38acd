// Saves a Blob through an <a download>: works offline in every browser, with
// no permission prompt. The object URL is revoked once the click is handled.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start reading the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
