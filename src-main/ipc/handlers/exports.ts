// Copies of exports saved where the clerk chooses (issue 14).
import type { ExportCopies } from '../../export/save-as';
import type { HandlerGroup } from '../handler';

export function exportHandlers(copies: ExportCopies): HandlerGroup<'counter.exports.status' | 'counter.exports.saveAs'> {
  return {
    'counter.exports.status': () => ({ saveAs: copies.available }),
    'counter.exports.saveAs': ({ fileName }) => copies.saveAs(fileName),
  };
}
