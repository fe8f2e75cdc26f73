// Book C-2 Annex A configuration data as the kernel reads it from config/contactless.json: by tag
// (DF8123) or by name, amounts as minor units, and nothing it does not know.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseC2Config } from '../../../src/emv/contactless/c2/index.js';
import { parseContactlessConfig } from '../../../src/emv/contactless/config.js';
import { isPosError } from '../../../src/errors/index.js';

describe('Kernel 2 configuration', () => {
  it('reads the limits, CVM capabilities and TACs the terminal ships with', () => {
    const mastercard = parseContactlessConfig(JSON.parse(readFileSync('config/contactless.json', 'utf8'))).find((c) => c.kernel === 2)!;
    const config = parseC2Config(mastercard.kernelConfig);
    expect(config).toMatchObject({ floorLimit: 10000n, cvmRequiredLimit: 100000n, transactionLimitNoOnDeviceCvm: 500000n, cvmCapabilityCvmRequired: 0x60, cvmCapabilityNoCvmRequired: 0x08 });
    expect(Buffer.from(config.tac.online).toString('hex')).toBe('fc50bcf800');
    expect(config.kernelConfiguration.onDeviceCvmSupported).toBe(true);
    // Mag-stripe mode: online PIN above the CVM limit, none below; the relay resistance protocol on.
    expect(config.magStripeCvm).toEqual({ cvmRequired: 'online-pin', noCvmRequired: 'no-cvm' });
    expect(config.kernelConfiguration).toMatchObject({ magStripeModeNotSupported: false, relayResistanceSupported: true });
  });

  it('takes Book C-2 Annex A defaults for the mag-stripe and relay resistance data it is not given', () => {
    const config = parseC2Config({});
    expect(Buffer.from(config.defaultUdol).toString('hex')).toBe('9f6a04');
    expect(config.magStripeCvm).toEqual({ cvmRequired: 'n/a', noCvmRequired: 'n/a' });
    expect(config.relayResistance).toEqual({ minGracePeriod: 20, maxGracePeriod: 50, terminalExpectedCapdu: 18, terminalExpectedRapdu: 24, accuracyThreshold: 300, mismatchThreshold: 50 });
    expect(parseC2Config({ DF8133: '0064', magStripeCvmCapabilityCvmRequired: '10' })).toMatchObject({ relayResistance: { maxGracePeriod: 100 }, magStripeCvm: { cvmRequired: 'signature' } });
  });

  it('takes a limit by its tag as well as by its name', () => {
    expect(parseC2Config({ DF8126: '5000' }).cvmRequiredLimit).toBe(5000n);
  });

  it('refuses a key it does not read, rather than leaving a TAC or limit at its default', () => {
    let error: unknown;
    try {
      parseC2Config({ tac: { online: 'FC50BCF800' } });
    } catch (e) {
      error = e;
    }
    expect(isPosError(error, 'E-CTLS-0209')).toBe(true);
    expect((error as Error).message).toContain('field=tac');
  });
});
