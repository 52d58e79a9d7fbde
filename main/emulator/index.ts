// The sandbox platform's public surface (design-sync.md "Emulator API"): start it, read its
// state and stats, inject faults, act as a user. Everything outside main/emulator imports from
// here only.
export { startEmulator } from './server';
export type { EmulatorHandle, EmulatorOptions, EmulatorStats } from './server';
export { parseFaults, NO_FAULTS } from './faults';
export type { FaultSpec } from './faults';
export type { PlatformActor, MemberAccessChange } from './actor';
export type { EmulatorState, EmuApp, EmuMember, EmuOrg, EmuProject, EmuUser } from './state';
export { EmulatorError, ERROR_STATUS } from './errors';
export type { EmulatorErrorType, ErrorBody } from './errors';
export type * from './replies';
