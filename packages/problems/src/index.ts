export * from './load-problems.js';
export * from './starter-code.js';
export * from './json-text.js';
export * from './value-types.js';
export * from './validate-test.js';
