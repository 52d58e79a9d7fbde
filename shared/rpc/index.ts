export * from './result';
export * from './client';
export * from './desktopApi';
