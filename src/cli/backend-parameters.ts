// What `pos backend` distributes, from the same files the terminal's EMV kernels read
// (terminal.json, aids.json, contactless.json, ca-keys.json, revocation.json, through the EMV
// layer's own loaders) and the backend's parameter file (merchants, operators, bindings): the
// backend may not import the EMV layer, so the composition root turns the parsed tables into
// the contract's messages here.
import { join } from 'node:path';
import type { ParameterDefaults } from '../backend/parameter-import.js';
import { loadParameterFile } from '../backend/parameter-file.js';
// Modules, not the folders' indexes: an index brings its kernel, and `pos backend` (the embedded
// one at every npm start) would load the whole EMV layer to read five tables.
import { c2ConfigObjects } from '../emv/contactless/c2/config.js';
import { parseContactlessConfig, type ContactlessCombination } from '../emv/contactless/config.js';
import { caKeyChecksum } from '../emv/oda/ca-keys.js';
import { PosError } from '../errors/index.js';
import { toLong, type posrt } from '../protos/index.js';
import { loadTerminalFiles, readJson } from './config-files.js';

const amount = (v: bigint | undefined): ReturnType<typeof toLong> => toLong(v ?? 0n);

function contactlessCombination(c: ContactlessCombination, file: string, position: number): posrt.channel.v1.IContactlessCombination {
  // Only Kernel 2 takes configuration data objects; the other kernels' settings are the fields
  // above them, and a value for them here would be dropped without a word.
  if (c.kernel !== 2 && Object.keys(c.kernelConfig).length > 0) throw new PosError('E-CORE-0003', { file, field: `combinations[${position}].kernelConfig`, expected: 'empty for kernels 3 and 7' });
  return {
    aid: c.aid,
    kernelId: c.kernel,
    partialSelection: c.partialSelection,
    transactionLimitMinorUnits: amount(c.transactionLimit),
    floorLimitMinorUnits: amount(c.floorLimit),
    cvmRequiredLimitMinorUnits: amount(c.cvmRequiredLimit),
    statusCheck: c.statusCheckSupported,
    zeroAmountAllowed: c.zeroAmountAllowed,
    ttq: c.ttq ?? new Uint8Array(0),
    extendedSelection: c.extendedSelectionSupported,
    terminalData: [...c.terminalData].map(([tag, value]) => ({ tag, value })),
    kernelData: c.kernel === 2 ? c2ConfigObjects(c.kernelConfig) : [],
  };
}

/** The defaults from the terminal's config folder and the backend's parameter file. */
export function loadParameterDefaults(configDir: string, parameterFile: string): ParameterDefaults {
  const files = loadTerminalFiles(configDir);
  const t = files.terminal;
  const aidsFile = join(configDir, 'aids.json');
  // aids.json's labels are for people; the EMV loader has no use for them and drops them.
  const labels = (readJson(aidsFile) as { label?: unknown }[]).map((a) => (typeof a.label === 'string' ? a.label : ''));
  const contactlessFile = join(configDir, 'contactless.json');
  return {
    terminal: {
      terminalType: Number.parseInt(t.terminalType, 16),
      capabilities: t.capabilities,
      additionalCapabilities: t.additionalCapabilities,
      countryCode: t.countryCode,
      currencyCode: t.currencyCode,
      currencyExponent: t.currencyExponent,
      merchantCategoryCode: t.merchantCategoryCode,
      alwaysPerformRiskManagement: t.alwaysPerformRiskManagement,
    },
    aidTable: {
      aids: files.aids.map((a, i) => ({
        aid: a.aid,
        label: labels[i] ?? '',
        partialSelection: a.partialSelection,
        applicationVersion: a.applicationVersion,
        floorLimitMinorUnits: toLong(a.floorLimit),
        tacDenial: a.tac.denial,
        tacOnline: a.tac.online,
        tacDefault: a.tac.default,
        defaultDdol: a.defaultDdol,
        defaultTdol: a.defaultTdol ?? new Uint8Array(0),
        randomSelection: { targetPercent: a.randomSelection.targetPercent, maxTargetPercent: a.randomSelection.maxTargetPercent, thresholdMinorUnits: toLong(a.randomSelection.threshold) },
      })),
    },
    contactless: { combinations: parseContactlessConfig(readJson(contactlessFile), contactlessFile).map((c, i) => contactlessCombination(c, contactlessFile, i)) },
    caKeys: {
      keys: files.caKeys.keys.map((k) => ({ rid: k.rid, index: k.index, modulus: k.modulus, exponent: k.exponent, expiry: String(k.expiry).slice(2), checksum: caKeyChecksum(k.rid, k.index, k.modulus, k.exponent) })),
      revocations: files.revoked.map((r) => ({ rid: r.rid, caIndex: r.caIndex, certificateSerial: r.serialNumber })),
    },
    file: loadParameterFile(parameterFile),
  };
}
