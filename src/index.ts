export * from './policy';
export * from './lint';
