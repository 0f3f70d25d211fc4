// ---- QuickCode driver: runs every test on stdin, answers on fd 3 ----
class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
  }
}
class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}
function __qc_main(spec: any, user: () => any): void {
  const proc: any = (globalThis as any).process;
  const fs: any = proc.getBuiltinModule('fs');
  const nonce: string = proc.env.QC_NONCE || '';
  const LIMIT = 2000000;
  const depthOf = (t: string): number => (t.length - t.replace(/\[\]/g, '').length) / 2;
  const mkList = (vals: any[]): ListNode | null => {
    let head: ListNode | null = null;
    for (let i = vals.length - 1; i >= 0; i--) head = new ListNode(vals[i], head);
    return head;
  };
  const mkTree = (vals: any[]): TreeNode | null => {
    if (vals.length === 0 || vals[0] === null) return null;
    const root = new TreeNode(vals[0]);
    const queue: TreeNode[] = [root];
    let head = 0;
    let i = 1;
    while (head < queue.length && i < vals.length) {
      const node = queue[head++] as TreeNode;
      if (vals[i] !== null) queue.push((node.left = new TreeNode(vals[i])));
      i++;
      if (i < vals.length && vals[i] !== null) queue.push((node.right = new TreeNode(vals[i])));
      i++;
    }
    return root;
  };
  const conv = (v: any, t: string): any => (t === 'ListNode' ? mkList(v) : t === 'TreeNode' ? mkTree(v) : v);
  const serScalar = (v: any, base: string): string => {
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
  const serDeep = (v: any, base: string, depth: number): string => {
    if (depth === 0 || v === null || v === undefined) return serScalar(v, base);
    const parts: string[] = [];
    const items: any[] = Array.isArray(v) ? v : Array.from(v);
    for (let k = 0; k < items.length; k++) parts.push(serDeep(items[k], base, depth - 1));
    return '[' + parts.join(',') + ']';
  };
  const ser = (v: any, t: string): string => {
    if (t === 'void') return 'null';
    if (t === 'ListNode') {
      const vals: number[] = [];
      for (let n = v; n !== null && n !== undefined; n = n.next) {
        vals.push(n.val);
        if (vals.length > LIMIT) throw new Error('the returned linked list has a cycle (or more than ' + LIMIT + ' nodes)');
      }
      return JSON.stringify(vals);
    }
    if (t === 'TreeNode') {
      const out: (number | null)[] = [];
      const queue: any[] = [v];
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
  const writeAll = (fd: number, text: string): void => {
    const buf = (globalThis as any).Buffer.from(text, 'utf8');
    for (let off = 0; off < buf.length; ) off += fs.writeSync(fd, buf, off, buf.length - off);
  };
  const now = (): any => proc.hrtime.bigint();
  const micros = (ns: any): string => (ns / BigInt(1000)).toString();
  let entryCache: any;
  const entry = (): any => (entryCache === undefined ? (entryCache = user()) : entryCache);
  const runFunction = (vals: any[]): [string, any] => {
    const fn = spec.function;
    const args = fn.params.map((p: any, k: number) => conv(vals[k], p.type));
    const target = entry();
    if (typeof target !== 'function') throw new Error(fn.name + ' is not a function: keep the name the problem gives');
    const t0 = now();
    const result = target(...args);
    const elapsed = now() - t0;
    return [ser(result, fn.returns), elapsed];
  };
  const runDesign = (vals: any[]): [string, any] => {
    const design = spec.design;
    const ops: string[] = vals[0];
    const args: any[][] = vals[1];
    const methods: any = {};
    for (const m of design.methods) methods[m.name] = m;
    const Cls = entry();
    if (typeof Cls !== 'function') throw new Error(design.className + ' is not a class: keep the name the problem gives');
    const out: string[] = ['null'];
    const ctor = design.constructorParams.map((p: any, k: number) => conv((args[0] as any[])[k], p.type));
    let t0 = now();
    const obj = new Cls(...ctor);
    let elapsed = now() - t0;
    for (let i = 1; i < ops.length; i++) {
      const m = methods[ops[i] as string];
      const callArgs = m.params.map((p: any, k: number) => conv((args[i] as any[])[k], p.type));
      if (typeof obj[m.name] !== 'function') throw new Error(design.className + '.' + m.name + ' is not a method: keep the names the problem gives');
      t0 = now();
      const r = obj[m.name](...callArgs);
      elapsed += now() - t0;
      out.push(ser(r, m.returns));
    }
    return ['[' + out.join(',') + ']', elapsed];
  };
  const lines: string[] = fs.readFileSync(0, 'utf8').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const per: number = spec.kind === 'design' ? 2 : spec.function.params.length;
  const count = per > 0 ? Math.floor(lines.length / per) : 1;
  const run = spec.kind === 'design' ? runDesign : runFunction;
  for (let i = 0; i < count; i++) {
    const vals = lines.slice(i * per, (i + 1) * per).map((l) => JSON.parse(l));
    const res = run(vals);
    writeAll(3, i + ' ' + micros(res[1]) + ' ' + res[0] + '\n');
    proc.stdout.write(nonce + '\n');
  }
}
