import type { BoxClient } from './box-client.js';

/**
 * Saves `blob` as a file named `name` through a temporary link (the answer of a POST — a code
 * sheet — or of a request with a credential cannot be a plain link).
 *
 * @example
 * downloadBlob(await res.blob(), 'pilot-2007-codes.pdf');
 */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Reads `path` from the box (with the console's credential) and saves the answer as a file
 * named `name`; a refusal is thrown as the box said it.
 *
 * @example
 * await downloadAnswer(box, '/meetings/pilot-2007/export', 'pilot-2007-export.json');
 */
export async function downloadAnswer(box: BoxClient, path: string, name: string): Promise<void> {
  const res = await box.request(path);
  downloadBlob(await res.blob(), name);
}
