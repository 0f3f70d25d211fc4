# ---- QuickCode driver: runs every test on stdin, answers on fd 3 ----
def _qc_main(_qc_spec_text):
    import json, os, sys, time
    from collections import deque

    spec = json.loads(_qc_spec_text)
    g = globals()
    nonce = os.environ.get('QC_NONCE', '')
    limit = 2000000

    def mk_list(vals):
        head = None
        for v in reversed(vals):
            node = g['ListNode'](v)
            node.next = head
            head = node
        return head

    def mk_tree(vals):
        if not vals or vals[0] is None:
            return None
        tn = g['TreeNode']
        root = tn(vals[0])
        queue = deque([root])
        i, n = 1, len(vals)
        while queue and i < n:
            node = queue.popleft()
            if vals[i] is not None:
                node.left = tn(vals[i])
                queue.append(node.left)
            i += 1
            if i < n and vals[i] is not None:
                node.right = tn(vals[i])
                queue.append(node.right)
            i += 1
        return root

    def floats(v, depth):
        return float(v) if depth == 0 else [floats(x, depth - 1) for x in v]

    def conv(v, t):
        if t == 'ListNode':
            return mk_list(v)
        if t == 'TreeNode':
            return mk_tree(v)
        if t.startswith('double'):
            return floats(v, t.count('[]'))
        return v

    def default(o):
        try:
            return list(o)
        except TypeError:
            raise TypeError('cannot write a %s as an answer' % type(o).__name__)

    def dumps(v):
        return json.dumps(v, separators=(',', ':'), ensure_ascii=False, default=default)

    def ser_double(v, depth):
        if v is None:
            return 'null'
        if depth == 0:
            return '%.5f' % v
        return '[' + ','.join(ser_double(x, depth - 1) for x in v) + ']'

    def ser(v, t):
        if t == 'void':
            return 'null'
        if t == 'ListNode':
            vals = []
            while v is not None:
                vals.append(v.val)
                v = v.next
                if len(vals) > limit:
                    raise RuntimeError('the returned linked list has a cycle (or more than %d nodes)' % limit)
            return dumps(vals)
        if t == 'TreeNode':
            out, queue = [], deque([v])
            while queue:
                node = queue.popleft()
                if node is None:
                    out.append(None)
                    continue
                out.append(node.val)
                queue.append(node.left)
                queue.append(node.right)
                if len(out) > limit:
                    raise RuntimeError('the returned tree has a cycle (or more than %d nodes)' % limit)
            while out and out[-1] is None:
                out.pop()
            return dumps(out)
        if t.startswith('double'):
            return ser_double(v, t.count('[]'))
        return dumps(v)

    def emit(text):
        data = memoryview(text.encode('utf-8', 'surrogatepass'))
        while data:
            data = data[os.write(3, data):]

    def lookup(name, what):
        if name not in g:
            raise NameError('%s is not defined: keep the name the problem gives' % what)
        return g[name]

    def run_function(vals):
        fn = spec['function']
        args = [conv(v, p['type']) for v, p in zip(vals, fn['params'])]
        if 'Solution' in g or fn['name'] not in g:
            target = getattr(lookup('Solution', 'class Solution')(), fn['name'])
        else:
            target = g[fn['name']]
        t0 = time.perf_counter_ns()
        result = target(*args)
        elapsed = time.perf_counter_ns() - t0
        return ser(result, fn['returns']), elapsed

    def run_design(vals):
        design = spec['design']
        ops, args = vals
        methods = {m['name']: m for m in design['methods']}
        cls = lookup(design['className'], 'class ' + design['className'])
        out = ['null']
        ctor = [conv(v, p['type']) for v, p in zip(args[0], design['constructorParams'])]
        t0 = time.perf_counter_ns()
        obj = cls(*ctor)
        elapsed = time.perf_counter_ns() - t0
        for op, a in zip(ops[1:], args[1:]):
            m = methods[op]
            call_args = [conv(v, p['type']) for v, p in zip(a, m['params'])]
            method = getattr(obj, op)
            t0 = time.perf_counter_ns()
            r = method(*call_args)
            elapsed += time.perf_counter_ns() - t0
            out.append(ser(r, m['returns']))
        return '[' + ','.join(out) + ']', elapsed

    lines = sys.stdin.buffer.read().decode('utf-8').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    per = 2 if spec['kind'] == 'design' else len(spec['function']['params'])
    count = len(lines) // per if per else 1
    run = run_design if spec['kind'] == 'design' else run_function
    for i in range(count):
        vals = [json.loads(line) for line in lines[i * per:(i + 1) * per]]
        text, elapsed = run(vals)
        emit('%d %d %s\n' % (i, elapsed // 1000, text))
        sys.stdout.flush()
        sys.stdout.write(nonce + '\n')
        sys.stdout.flush()




def _qc_start(_qc_source, _qc_spec_text):
    # The user's code is compiled as solution.py (its own line numbers) and run in this module;
    # an error shows their frames only, never the driver's.
    import linecache, sys, traceback

    name = 'solution.py'
    linecache.cache[name] = (len(_qc_source), None, _qc_source.splitlines(True), name)
    try:
        exec(compile(_qc_source, name, 'exec'), globals())
        _qc_main(_qc_spec_text)
    except SystemExit:
        raise
    except MemoryError:
        sys.stderr.write('MemoryError\n')
        sys.exit(1)
    except BaseException as err:
        frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename == name]
        text = ''.join(traceback.format_exception_only(type(err), err))
        if isinstance(err, SyntaxError):
            sys.stderr.write(text)
        else:
            head = 'Traceback (most recent call last):\n' + ''.join(traceback.StackSummary.from_list(frames).format()) if frames else ''
            sys.stderr.write(head + text)
        sys.stderr.flush()
        sys.exit(1)
