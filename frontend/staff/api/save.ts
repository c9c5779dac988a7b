/**
 * @module
 * Hands a downloaded Blob to the browser as a file. The object URL lives only
 * long enough for the click; the token never appears in any link.
 */
export const saveFile = ({ blob, fileName }: { blob: Blob; fileName: string }): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
