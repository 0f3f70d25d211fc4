import { createSandbox } from './src/sandbox/index.js';
import { selfTestLanguages } from './src/languages/index.js';
const sb = await createSandbox({ root: '/tmp/qcs/root' });
const t = performance.now();
console.log(await selfTestLanguages(sb, (f) => console.log('FAIL', f)));
console.log(performance.now() - t);
