export * from './define';
export * from './ppks';
export * from './atensi';
export * from './client';
