export * from './policy';
// The document, eagerly: the rest of the lint layer loads when first used (scripts/lazy-exports.js).
export { PolicyDocument, PolicyDocumentProps } from './lint/document';
export * from './catalog';
export * from './lint';
export * from './simulate';
export * from './terraform';
export * from './terraform/generated/provider';
export * as tencentcloud from './terraform/generated';
export * as products from './catalog/products';
