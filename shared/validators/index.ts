export * from './nik';
export * from './kk';
export * from './region';
