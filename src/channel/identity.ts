// The channel's device identity and trust, in one place for the transport and the boot code:
// the key files, signing as the device, verifying what the backend signed, and the replay
// guards (sequence per session, command ids across reboots).
export { provisionDeviceKey, pinBackendKey, loadDeviceIdentity, loadStoredIdentity, DEVICE_KEY_FILE, BACKEND_KEY_FILE, type StoredIdentity } from './identity-store.js';
export type { DeviceIdentity } from './device-identity.js';
export { proveSession, signEnrolmentRequest, type EnrolmentFacts } from './device-signed.js';
export { createSignedVerifier, type SignedVerifier } from './signed-verifier.js';
export { SequenceGuard } from './sequence-guard.js';
export { CommandLedger, COMMAND_LEDGER_FILE } from './command-ledger.js';
export { admitRemoteCommand, DEFAULT_COMMAND_POLICY, type CommandPolicy, type CommandAction } from './remote-command.js';
export { openParameterSet, PARAMETER_KIND_OF, type ParameterSet, type ParameterSetKind } from './parameter-sets.js';
export { openFirmwareOffer, checkFirmwareChunk, checkFirmwareImage, type FirmwareTarget } from './firmware-offer.js';
