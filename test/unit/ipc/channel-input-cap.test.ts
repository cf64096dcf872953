// The larger input cap of a file-carrying channel (the catalogue import) is that channel's alone,
// and only staff channels — which a kiosk refuses before reading anything — may have one.
import { describe, expect, it } from 'vitest';
import { contract, isCounterOnly } from '../../../src-shared/contract';
import { IMPORT_MAX_BYTES } from '../../../src-shared/contract/catalogue';
import { exceedsInputLimits, INPUT_LIMITS, inputLimitsOf, wireCharsFor } from '../../../src-main/ipc/input-budget';

describe('per-channel input caps', () => {
  it('are declared on counter-only channels only', () => {
    const raised = Object.entries(contract).filter(([, def]) => 'maxInputChars' in def && def.maxInputChars !== undefined);
    expect(raised.map(([name]) => name).sort()).toEqual(['counter.catalogue.import.check', 'counter.catalogue.import.run']);
    for (const [, def] of raised) expect(isCounterOnly(def)).toBe(true);
  });

  it('let a 20 MB file through the import channel and nowhere else', () => {
    const file = { fileName: 'a.csv', data: 'A'.repeat(Math.ceil(IMPORT_MAX_BYTES / 3) * 4) };
    expect(wireCharsFor('counter.catalogue.import.run')).toBeGreaterThan(JSON.stringify(file).length);
    expect(exceedsInputLimits(file, inputLimitsOf(contract['counter.catalogue.import.run']))).toBe(false);
    expect(wireCharsFor('counter.events.save')).toBe(INPUT_LIMITS.maxChars);
    expect(wireCharsFor('no.such.channel')).toBe(INPUT_LIMITS.maxChars);
    expect(exceedsInputLimits(file, inputLimitsOf(contract['counter.events.save']))).toBe(true);
  });
});
