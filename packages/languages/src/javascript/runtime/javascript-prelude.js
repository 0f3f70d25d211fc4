// ---- QuickCode prelude: LeetCode's JavaScript/TypeScript globals and error report ----
// The libraries LeetCode provides, as globals loaded on first use (lodash alone costs ~20 ms to
// load); NODE_PATH points at the worker's read-only copies. A user's own declaration shadows them.
(function __qc_globals() {
  const lazy = (name, load) => {
    const set = (value) => Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = load();
        set(value);
        return value;
      },
      set,
    });
  };
  lazy('PriorityQueue', () => require('@datastructures-js/priority-queue').PriorityQueue);
  lazy('MinPriorityQueue', () => require('@datastructures-js/priority-queue').MinPriorityQueue);
  lazy('MaxPriorityQueue', () => require('@datastructures-js/priority-queue').MaxPriorityQueue);
  lazy('Queue', () => require('@datastructures-js/queue').Queue);
  lazy('Deque', () => require('@datastructures-js/deque').Deque);
  lazy('_', () => require('lodash'));
})();

/**
 * A runtime error as LeetCode shows it: the message and the user's own frames (lines 1 to
 * `userLines` of the program, named after the user's file), never the driver's.
 */
function __qc_fail(err, userLines, file) {
  const isError = err instanceof Error || (err !== null && typeof err === 'object' && typeof err.stack === 'string');
  const text = isError ? String(err.stack || err) : 'Uncaught ' + (typeof err === 'string' ? JSON.stringify(err) : String(err));
  const out = [];
  for (const line of text.split('\n')) {
    const frame = /^\s+at /.test(line);
    if (!frame) {
      out.push(line);
      continue;
    }
    const where = /\/box\/main\.[jt]s:(\d+):(\d+)/.exec(line);
    if (!where || Number(where[1]) > userLines) continue;
    out.push(line.replace(/(?:file:\/\/)?\/box\/main\.[jt]s/, file).replace(/__qc_user\.|Object\.__qc_user|__qc_user/, '<anonymous>'));
  }
  process.stderr.write(out.join('\n').trimEnd() + '\n');
  process.exit(1);
}
