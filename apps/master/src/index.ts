export { startMaster, type Master, type MasterOptions } from './master.js';
export { aggregate } from './aggregate.js';
