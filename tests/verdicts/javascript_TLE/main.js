let [a] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
for (;;) a++;
