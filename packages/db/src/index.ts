export * from './client.js';
export * from './queries.js';
export * from './web-queries.js';
export * from './admission.js';
export * as schema from './schema.js';
export { syncProblems } from './sync-problems.js';
