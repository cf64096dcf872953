// The catalogue and branch channels (issue 14). The router has already refused kiosks and callers
// without the catalogue permission. The file arrives as base64 (the bridge carries JSON text); the
// screen gets the first IMPORT_REFUSALS_SHOWN refusals and the count of all of them.
import { IMPORT_REFUSALS_SHOWN, type ImportReport } from '../../../src-shared/contract/catalogue';
import type { Library } from '../../library';
import type { HandlerGroup } from '../handler';

type CatalogueChannel = 'counter.catalogue.import.check' | 'counter.catalogue.import.run' | 'counter.catalogue.branches.list' | 'counter.catalogue.branches.save';

function forScreen(report: ImportReport): ImportReport {
  return report.refusals.length > IMPORT_REFUSALS_SHOWN ? { ...report, refusals: report.refusals.slice(0, IMPORT_REFUSALS_SHOWN) } : report;
}

export function catalogueHandlers(library: Pick<Library, 'catalogueImport' | 'branchDesk'>): HandlerGroup<CatalogueChannel> {
  return {
    'counter.catalogue.import.check': async ({ data }) => forScreen(await library.catalogueImport.check(Buffer.from(data, 'base64'))),
    'counter.catalogue.import.run': async ({ data, fileName }, ctx) =>
      forScreen(await library.catalogueImport.run(Buffer.from(data, 'base64'), ctx.actor, { fileName })),
    'counter.catalogue.branches.list': () => library.branchDesk.list(),
    'counter.catalogue.branches.save': (input, ctx) => library.branchDesk.save(input, ctx.actor),
  };
}
