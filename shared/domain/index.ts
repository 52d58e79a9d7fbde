// The domain's public surface: everything outside shared/domain imports from here.
export * from './levels';
export * from './ids';
export * from './entities';
export * from './membership';
export * from './access';
export * from './capabilities';
export * from './apps';
export * from './decisions';
export * from './impact';
export * from './settings';
