export * from './policy';
export * from './catalog';
export * from './lint';
export * from './simulate';
export * from './terraform';
export * from './terraform/generated/provider';
export * as tencentcloud from './terraform/generated';
export * as products from './catalog/products';
