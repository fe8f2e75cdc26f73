// The PC/SC driver's public surface: the discovery provider and what configures it.
export { PcscDiscovery, type PcscDiscoveryOptions, type PcscBackoff } from './discovery.js';
export { PcscCardReader, type PcscReaderOptions } from './reader.js';
export { DEFAULT_INTERFACE_RULES, interfaceOf, parseInterfaceRules, parseInterfaceRulesText, type InterfaceRule } from './interface-rules.js';
export { loadPcsclite, type PcscBinding, type NativeContext, type NativeReader } from './binding.js';
