// Exports (CSV) are written into the data folder's exports/ first; on a counter PC running the
// Electron app the clerk may then save a copy wherever they choose, with the system's own save
// dialog (issue 14). Only a file that is in exports/ can be copied: the renderer names it by its
// file name alone.
import { z } from 'zod';
import { channel, noInput } from './channel';

export const exportFileName = z
  .string({ error: 'required' })
  .max(255, { error: 'too_long' })
  // A bare file name: no folder, no way out of exports/.
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+\.csv$/u, { error: 'format' })
  .refine((name) => name !== '.' && !name.startsWith('..'), { error: 'format' });

export const exportChannels = {
  /** Whether this terminal can show a save dialog (the Electron app; not a test or a browser). */
  'counter.exports.status': channel({ input: noInput, output: z.object({ saveAs: z.boolean() }), auth: 'staff' }),
  'counter.exports.saveAs': channel({
    input: z.object({ fileName: exportFileName }).strict(),
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('saved'), path: z.string() }),
      z.object({ outcome: z.literal('cancelled') }),
    ]),
    auth: 'staff',
  }),
};
