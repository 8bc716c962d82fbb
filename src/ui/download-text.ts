/**
 * Hands text to the browser as a downloaded file: an object URL and a link click, all inside the
 * page, so nothing is sent anywhere. The URL is let go once the browser has had time to start.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
