export * from './load-problems.js';
export * from './starter-code.js';
