#!/usr/bin/env python3
"""Checks problem packages that have a generator.py (or the slugs given as arguments).

For each package: problem.yml shape, >= 15 tests, samples exist and appear in
statement.md, every .out equals what solutions/reference.py produces when run from
the .in text (parsed independently of the generator), and every solutions/wrong-*.py
fails at least one test.
"""
import json
import os
import sys
import time

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genlib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_value(text, typ):
    v = json.loads(text)
    if typ == 'ListNode':
        return genlib.build_list(v)
    if typ == 'TreeNode':
        return genlib.build_tree(v)
    return v


def serialize(v, typ):
    return genlib._serialize(v, typ)


def deep_sort(v):
    if isinstance(v, list):
        return sorted((deep_sort(x) for x in v), key=lambda x: json.dumps(x))
    return v


def same(checker, got, expected):
    if checker == 'exact' or checker == 'custom':
        return got.strip() == expected.strip()
    if isinstance(checker, dict) and checker.get('type') == 'float':
        tol = checker.get('tolerance', 1e-5)
        return abs(float(got) - float(expected)) <= tol * max(1.0, abs(float(expected)))
    g, e = json.loads(got), json.loads(expected)
    if checker == 'any-order':
        key = lambda x: json.dumps(x)
        return sorted(g, key=key) == sorted(e, key=key)
    if checker == 'unordered':
        return deep_sort(g) == deep_sort(e)
    if checker == 'tokens':
        return got.split() == expected.split()
    raise ValueError(checker)


def run(cfg, ns, inp):
    lines = inp.split('\n')
    if cfg['kind'] == 'design':
        ops, args = json.loads(lines[0]), json.loads(lines[1])
        obj = ns[cfg['design']['className']](*args[0])
        out = [None]
        for op, a in zip(ops[1:], args[1:]):
            out.append(getattr(obj, op)(*a))
        return genlib.dumps(out)
    fn = cfg['function']
    args = [parse_value(lines[i], p['type']) for i, p in enumerate(fn['params'])]
    res = getattr(ns['Solution'](), fn['name'])(*args)
    return serialize(res, fn['returns'])


def check(slug):
    d = os.path.join(ROOT, slug)
    problems = []
    cfg = yaml.safe_load(open(os.path.join(d, 'problem.yml')))
    assert cfg['difficulty'] in ('Easy', 'Medium', 'Hard'), slug
    assert all(isinstance(s, str) for s in cfg['samples']), slug + ': samples must be strings'
    tests = sorted(f[:-3] for f in os.listdir(os.path.join(d, 'tests')) if f.endswith('.in'))
    if len(tests) < 15:
        problems.append('only %d tests' % len(tests))
    statement = open(os.path.join(d, 'statement.md')).read()
    flat = statement.replace(' ', '')
    for s in cfg['samples']:
        if s not in tests:
            problems.append('sample %s missing' % s)
            continue
        inp = open(os.path.join(d, 'tests', s + '.in')).read().split('\n')
        out = open(os.path.join(d, 'tests', s + '.out')).read().strip()
        for line in inp:
            if line and line.replace(' ', '') not in flat:
                problems.append('sample %s input %s not in statement' % (s, line[:60]))
        if out.replace(' ', '') not in flat:
            problems.append('sample %s output %s not in statement' % (s, out[:60]))
    checker = cfg.get('checker', 'exact')
    ns = genlib.load_solution(d)
    slowest = 0.0
    for t in tests:
        inp = open(os.path.join(d, 'tests', t + '.in')).read()
        exp = open(os.path.join(d, 'tests', t + '.out')).read()
        if not exp.endswith('\n') or '\n' in exp[:-1]:
            problems.append('test %s: .out is not one line' % t)
        t0 = time.perf_counter()
        got = run(cfg, ns, inp)
        slowest = max(slowest, time.perf_counter() - t0)
        if not same(checker, got, exp):
            problems.append('test %s: reference disagrees' % t)
    for f in sorted(os.listdir(os.path.join(d, 'solutions'))):
        if f.startswith('wrong') and f.endswith('.py'):
            wns = genlib.load_solution(d, f[:-3])
            failed = 0
            for t in tests:
                inp = open(os.path.join(d, 'tests', t + '.in')).read()
                exp = open(os.path.join(d, 'tests', t + '.out')).read()
                try:
                    ok = same(checker, run(cfg, wns, inp), exp)
                except Exception:
                    ok = False
                failed += not ok
            if not failed:
                problems.append('%s passes every test' % f)
    status = 'OK ' if not problems else 'BAD'
    print('%s %-50s %-6s %2d tests  slowest %.2fs %s' % (status, slug, cfg['difficulty'], len(tests), slowest, '; '.join(problems)))
    return not problems


if __name__ == '__main__':
    # The eight reference problems are maintained separately and are not checked here.
    others = {'two-sum', 'valid-parentheses', 'reverse-linked-list', 'maximum-depth-of-binary-tree',
              'merge-intervals', 'climbing-stairs', 'min-stack', 'a-plus-b'}
    slugs = sys.argv[1:] or sorted(s for s in os.listdir(ROOT)
                                   if s not in others and os.path.exists(os.path.join(ROOT, s, 'generator.py')))
    ok = all([check(s) for s in slugs])
    sys.exit(0 if ok else 1)
