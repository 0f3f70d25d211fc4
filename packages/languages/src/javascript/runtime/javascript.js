// ---- QuickCode driver: runs every test on stdin, answers on fd 3 ----
function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}
function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}
function __qc_main(spec, user) {
  const fs = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('fs') : require('fs');
  const nonce = process.env.QC_NONCE || '';
  const LIMIT = 2000000;
  const depthOf = (t) => (t.length - t.replace(/\[\]/g, '').length) / 2;
  const mkList = (vals) => {
    let head = null;
    for (let i = vals.length - 1; i >= 0; i--) head = new ListNode(vals[i], head);
    return head;
  };
  const mkTree = (vals) => {
    if (vals.length === 0 || vals[0] === null) return null;
    const root = new TreeNode(vals[0]);
    const queue = [root];
    let head = 0;
    let i = 1;
    while (head < queue.length && i < vals.length) {
      const node = queue[head++];
      if (vals[i] !== null) queue.push((node.left = new TreeNode(vals[i])));
      i++;
      if (i < vals.length && vals[i] !== null) queue.push((node.right = new TreeNode(vals[i])));
      i++;
    }
    return root;
  };
  const conv = (v, t) => (t === 'ListNode' ? mkList(v) : t === 'TreeNode' ? mkTree(v) : v);
  const serScalar = (v, base) => {
    if (v === null || v === undefined) return 'null';
    switch (base) {
      case 'double':
        return Number(v).toFixed(5);
      case 'bool':
        return v ? 'true' : 'false';
      case 'string':
      case 'char':
        return JSON.stringify(String(v));
      default:
        return typeof v === 'bigint' ? v.toString() : JSON.stringify(v);
    }
  };
  const serDeep = (v, base, depth) => {
    if (depth === 0 || v === null || v === undefined) return serScalar(v, base);
    const parts = [];
    for (const x of v) parts.push(serDeep(x, base, depth - 1));
    return '[' + parts.join(',') + ']';
  };
  const ser = (v, t) => {
    if (t === 'void') return 'null';
    if (t === 'ListNode') {
      const vals = [];
      for (let n = v; n !== null && n !== undefined; n = n.next) {
        vals.push(n.val);
        if (vals.length > LIMIT) throw new Error('the returned linked list has a cycle (or more than ' + LIMIT + ' nodes)');
      }
      return JSON.stringify(vals);
    }
    if (t === 'TreeNode') {
      const out = [];
      const queue = [v];
      for (let head = 0; head < queue.length; head++) {
        const n = queue[head];
        if (n === null || n === undefined) {
          out.push(null);
          continue;
        }
        out.push(n.val);
        queue.push(n.left, n.right);
        if (out.length > LIMIT) throw new Error('the returned tree has a cycle (or more than ' + LIMIT + ' nodes)');
      }
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return JSON.stringify(out);
    }
    const depth = depthOf(t);
    return serDeep(v, t.slice(0, t.length - 2 * depth), depth);
  };
  const writeAll = (fd, text) => {
    const buf = Buffer.from(text, 'utf8');
    for (let off = 0; off < buf.length; ) off += fs.writeSync(fd, buf, off, buf.length - off);
  };
  const now = () => process.hrtime.bigint();
  let entryCache;
  const entry = () => (entryCache === undefined ? (entryCache = user()) : entryCache);
  const runFunction = (vals) => {
    const fn = spec.function;
    const args = fn.params.map((p, k) => conv(vals[k], p.type));
    const target = entry();
    if (typeof target !== 'function') throw new Error(fn.name + ' is not a function: keep the name the problem gives');
    const t0 = now();
    const result = target(...args);
    const elapsed = now() - t0;
    return [ser(result, fn.returns), elapsed];
  };
  const runDesign = (vals) => {
    const design = spec.design;
    const [ops, args] = vals;
    const methods = new Map(design.methods.map((m) => [m.name, m]));
    const Cls = entry();
    if (typeof Cls !== 'function') throw new Error(design.className + ' is not a class: keep the name the problem gives');
    const out = ['null'];
    const ctor = design.constructorParams.map((p, k) => conv(args[0][k], p.type));
    let t0 = now();
    const obj = new Cls(...ctor);
    let elapsed = now() - t0;
    for (let i = 1; i < ops.length; i++) {
      const m = methods.get(ops[i]);
      const callArgs = m.params.map((p, k) => conv(args[i][k], p.type));
      if (typeof obj[m.name] !== 'function') throw new Error(design.className + '.' + m.name + ' is not a method: keep the names the problem gives');
      t0 = now();
      const r = obj[m.name](...callArgs);
      elapsed += now() - t0;
      out.push(ser(r, m.returns));
    }
    return ['[' + out.join(',') + ']', elapsed];
  };
  const lines = fs.readFileSync(0, 'utf8').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const per = spec.kind === 'design' ? 2 : spec.function.params.length;
  const count = per > 0 ? Math.floor(lines.length / per) : 1;
  const run = spec.kind === 'design' ? runDesign : runFunction;
  for (let i = 0; i < count; i++) {
    const vals = lines.slice(i * per, (i + 1) * per).map((l) => JSON.parse(l));
    const [text, elapsed] = run(vals);
    writeAll(3, i + ' ' + (elapsed / 1000n).toString() + ' ' + text + '\n');
    process.stdout.write(nonce + '\n');
  }
}
