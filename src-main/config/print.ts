// The `print` section of config.json (issue 16). Off by default: a machine without a printer shows
// no print buttons. A kiosk with a receipt printer sets electron, its OS printer name and the roll
// width; a counter PC with an A4 printer sets A4 (the attendee list is always A4). file writes
// PDFs into the data folder instead (a site that prints later, and the tests).
import { z } from 'zod';
import { paperNames } from '../print/paper';

export const printConfig = z
  .object({
    adapter: z.enum(['none', 'electron', 'file']).default('none'),
    /**
     * The printer's system name, as the OS lists it (Windows: the name in 設定 › プリンター; Linux:
     * the CUPS queue, `lpstat -p`). null: the system's default printer.
     */
    deviceName: z.string().min(1).max(200).nullable().default(null),
    /** The paper of receipts and slips; a roll (58mm, 80mm) is cut as long as each slip. */
    paper: z.enum(paperNames).default('80mm'),
    /** Where the file adapter writes its PDFs (relative to the data folder). */
    dir: z.string().min(1).default('prints'),
  })
  .strict()
  .prefault({});

export type PrintConfig = z.output<typeof printConfig>;
