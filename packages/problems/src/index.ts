export * from './load-problems.js';
export * from './json-text.js';
export * from './validate-test.js';
