/**
 * The file's own name in a source URI or path (`/srv/staging/uploads/7f…/1/vessels.csv` ->
 * `vessels.csv`): pages never show where the server keeps a file.
 *
 * @example fileName('C:\\data\\fleet.xlsx?sheet=2') // 'fleet.xlsx'
 */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.split(/[\\/]/).filter(Boolean).pop();
  return last ?? uri;
}
