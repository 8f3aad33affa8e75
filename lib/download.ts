/** Hands the browser a file made on the page, as if it had been downloaded. In the browser only. */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // Some browsers start the download after this task: revoked at once, the file would be gone before then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
