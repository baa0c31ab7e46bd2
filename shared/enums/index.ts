export * from './define';
export * from './ppks';
export * from './atensi';
export * from './client';
export * from './visits';
export * from './pasung';
export * from './disability-support';
export * from './referrals';
