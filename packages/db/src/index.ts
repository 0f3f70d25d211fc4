export * from './client.js';
export * from './queries.js';
export * as schema from './schema.js';
