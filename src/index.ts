export * from './policy';
export * from './catalog';
export * from './lint';
