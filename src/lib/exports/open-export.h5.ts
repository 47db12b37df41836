/** H5: the browser downloads the temp link. */
export async function openExport(url: string, fileName?: string): Promise<void> {
  const a = document.createElement('a');
  a.href = url;
  if (fileName) a.download = fileName;
  a.click();
}
