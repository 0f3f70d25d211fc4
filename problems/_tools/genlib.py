"""Shared helpers for problems/<slug>/generator.py scripts (stdlib only).

This directory has no problem.yml, so the problem loader ignores it.

A generator typically does:

    import os, sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
    from genlib import *

    P = FunctionProblem(__file__, 'maxProfit', ['int[]'], 'int')
    cases = [([7, 1, 5, 3, 6, 4],), ...]        # one tuple of plain JSON values per test
    P.write(cases)

Arguments are given as plain JSON-able values (ListNode as a list, TreeNode as a
LeetCode level-order list with None for null).  The reference solution
(solutions/reference.py) is exec'd with ListNode/TreeNode/typing/collections...
in scope, exactly as a LeetCode-style judge predefines them, and its answers are
serialized to the .out files.
"""

import bisect
import collections
import copy
import functools
import heapq
import itertools
import json
import math
import os
import random
import re
import string
import sys
import time
import typing
from collections import Counter, OrderedDict, defaultdict, deque
from typing import Dict, List, Optional, Set, Tuple

sys.setrecursionlimit(100000)

__all__ = [
    'ListNode', 'TreeNode', 'dumps', 'build_list', 'list_values', 'build_tree', 'tree_level',
    'load_solution', 'FunctionProblem', 'DesignProblem', 'random_tree_level', 'bst_level',
    'random', 'json', 'math', 'string', 'os', 'sys', 'Counter', 'defaultdict', 'deque',
    'heapq', 'itertools', 'bisect', 'functools', 'copy',
]


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def dumps(value):
    """Compact canonical JSON (no spaces)."""
    return json.dumps(value, separators=(',', ':'))


def build_list(values):
    dummy = ListNode()
    tail = dummy
    for v in values:
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next


def list_values(head, limit=10**7):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
        if len(out) > limit:
            raise RuntimeError('linked list too long (cycle?)')
    return out


def build_tree(level):
    """LeetCode level order (None = missing child) -> TreeNode."""
    if not level or level[0] is None:
        return None
    root = TreeNode(level[0])
    queue = deque([root])
    i = 1
    while queue and i < len(level):
        node = queue.popleft()
        if i < len(level) and level[i] is not None:
            node.left = TreeNode(level[i])
            queue.append(node.left)
        i += 1
        if i < len(level) and level[i] is not None:
            node.right = TreeNode(level[i])
            queue.append(node.right)
        i += 1
    return root


def tree_level(root):
    """TreeNode -> LeetCode level order with trailing nulls trimmed."""
    out = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def random_tree_level(rng, n, values, shape='random'):
    """Level-order list of a tree with n nodes whose values come from `values()` (a callable).

    shape: 'random' (random attachment), 'left'/'right' (chains), 'zigzag', 'complete'.
    """
    if n == 0:
        return []
    root = TreeNode(values())
    nodes = [root]
    if shape == 'complete':
        for i in range(1, n):
            node = TreeNode(values())
            parent = nodes[(i - 1) // 2]
            if i % 2 == 1:
                parent.left = node
            else:
                parent.right = node
            nodes.append(node)
    elif shape in ('left', 'right', 'zigzag'):
        cur = root
        for i in range(1, n):
            node = TreeNode(values())
            side = shape if shape != 'zigzag' else ('left' if i % 2 else 'right')
            if side == 'left':
                cur.left = node
            else:
                cur.right = node
            cur = node
    else:
        free = [(root, 'left'), (root, 'right')]
        for _ in range(1, n):
            j = rng.randrange(len(free))
            free[j], free[-1] = free[-1], free[j]
            parent, side = free.pop()
            node = TreeNode(values())
            setattr(parent, side, node)
            free.append((node, 'left'))
            free.append((node, 'right'))
    return tree_level(root)


def bst_level(sorted_values, rng=None, mode='balanced'):
    """Level order of a BST holding sorted_values (distinct, ascending).

    mode 'balanced' builds a height-balanced BST; 'random' inserts in random order
    (needs rng); 'chain' inserts ascending (a right chain)."""
    vals = list(sorted_values)
    if mode == 'balanced':
        def build(lo, hi):
            if lo > hi:
                return None
            mid = (lo + hi) // 2
            return TreeNode(vals[mid], build(lo, mid - 1), build(mid + 1, hi))
        return tree_level(build(0, len(vals) - 1))
    order = vals[:]
    if mode == 'random':
        rng.shuffle(order)
    root = None
    for v in order:
        node = TreeNode(v)
        if root is None:
            root = node
            continue
        cur = root
        while True:
            if v < cur.val:
                if cur.left is None:
                    cur.left = node
                    break
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = node
                    break
                cur = cur.right
    return tree_level(root)


def load_solution(problem_file_or_dir, name='reference'):
    """Exec solutions/<name>.py with the names a LeetCode-style Python judge predefines."""
    d = problem_file_or_dir
    if os.path.isfile(d):
        d = os.path.dirname(os.path.abspath(d))
    path = os.path.join(d, 'solutions', name + '.py')
    with open(path, encoding='utf-8') as f:
        src = f.read()
    ns = {'__name__': 'solution', '__builtins__': __builtins__}
    ns.update({
        'ListNode': ListNode, 'TreeNode': TreeNode,
        'List': List, 'Optional': Optional, 'Dict': Dict, 'Set': Set, 'Tuple': Tuple,
        'collections': collections, 'heapq': heapq, 'bisect': bisect, 'math': math,
        'itertools': itertools, 'functools': functools, 'string': string, 're': re,
        'deque': deque, 'defaultdict': defaultdict, 'Counter': Counter, 'OrderedDict': OrderedDict,
        'inf': math.inf, 'lru_cache': functools.lru_cache, 'cache': functools.cache,
        'heappush': heapq.heappush, 'heappop': heapq.heappop, 'heapify': heapq.heapify,
        'bisect_left': bisect.bisect_left, 'bisect_right': bisect.bisect_right,
        'typing': typing,
    })
    exec(compile(src, path, 'exec'), ns)
    return ns


def _to_arg(value, typ):
    if typ == 'ListNode':
        return build_list(value)
    if typ == 'TreeNode':
        return build_tree(value)
    return copy.deepcopy(value)


def _check_type(value, typ, where):
    """Light sanity check that a JSON value fits a signature type."""
    if typ == 'ListNode':
        ok = isinstance(value, list) and all(isinstance(v, int) for v in value)
    elif typ == 'TreeNode':
        ok = isinstance(value, list) and all(v is None or isinstance(v, int) for v in value) and (not value or value[0] is not None)
    elif typ.endswith('[]'):
        ok = isinstance(value, list)
        if ok:
            for v in value:
                _check_type(v, typ[:-2], where)
    elif typ in ('int', 'long'):
        ok = isinstance(value, int) and not isinstance(value, bool)
        if ok and typ == 'int':
            ok = -2**31 <= value < 2**31
    elif typ == 'double':
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif typ == 'bool':
        ok = isinstance(value, bool)
    elif typ == 'string':
        ok = isinstance(value, str)
    elif typ == 'char':
        ok = isinstance(value, str) and len(value) == 1
    else:
        raise ValueError('unknown type ' + typ)
    if not ok:
        raise TypeError('%s: value does not fit %s: %r' % (where, typ, value if len(repr(value)) < 200 else repr(value)[:200]))
    return True


def _serialize(value, typ):
    if typ == 'void':
        return 'null'
    if typ == 'ListNode':
        return dumps(list_values(value))
    if typ == 'TreeNode':
        return dumps(tree_level(value))
    if typ == 'double':
        return '%.5f' % value
    _check_type(value, typ, 'output')
    return dumps(value)


class _Base:
    def __init__(self, file):
        self.dir = os.path.dirname(os.path.abspath(file))
        self.tests_dir = os.path.join(self.dir, 'tests')

    def _write_all(self, items):
        os.makedirs(self.tests_dir, exist_ok=True)
        for f in os.listdir(self.tests_dir):
            if f.endswith('.in') or f.endswith('.out'):
                os.remove(os.path.join(self.tests_dir, f))
        width = max(2, len(str(len(items))))
        total = 0.0
        slowest = (0.0, '')
        for i, (inp, out, secs) in enumerate(items, 1):
            name = str(i).zfill(width)
            if len(inp.encode()) >= 1_000_000:
                raise ValueError('test %s input is %d bytes (>= 1 MB)' % (name, len(inp.encode())))
            with open(os.path.join(self.tests_dir, name + '.in'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(inp)
            with open(os.path.join(self.tests_dir, name + '.out'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(out + '\n')
            total += secs
            slowest = max(slowest, (secs, name))
        print('%s: wrote %d tests (reference total %.2fs, slowest %s %.3fs)' % (
            os.path.basename(self.dir), len(items), total, slowest[1], slowest[0]))


class FunctionProblem(_Base):
    """A `function` problem: Solution().<method>(*args) -> returns."""

    def __init__(self, file, method, params, returns, canon=None, validate=None, solution='reference'):
        super().__init__(file)
        self.method = method
        self.params = params
        self.returns = returns
        self.canon = canon          # optional: normalizes the returned value (e.g. sorting for unordered checkers)
        self.validate = validate    # optional: validate(*args) asserts the input respects the constraints
        self.ns = load_solution(self.dir, solution)

    def solve(self, args):
        sol = self.ns['Solution']()
        call_args = [_to_arg(a, t) for a, t in zip(args, self.params)]
        t0 = time.perf_counter()
        result = getattr(sol, self.method)(*call_args)
        secs = time.perf_counter() - t0
        if self.canon is not None:
            result = self.canon(result)
        return result, secs

    def write(self, cases):
        items = []
        for idx, args in enumerate(cases, 1):
            args = tuple(args)
            if len(args) != len(self.params):
                raise ValueError('case %d has %d args, expected %d' % (idx, len(args), len(self.params)))
            for a, t in zip(args, self.params):
                _check_type(a, t, 'case %d' % idx)
            if self.validate is not None:
                self.validate(*copy.deepcopy(args))
            inp = ''.join(dumps(a) + '\n' for a in args)
            result, secs = self.solve(args)
            items.append((inp, _serialize(result, self.returns), secs))
        self._write_all(items)


class DesignProblem(_Base):
    """A `design` problem: ops line + args line; output is the list of results."""

    def __init__(self, file, class_name, validate=None, solution='reference'):
        super().__init__(file)
        self.class_name = class_name
        self.validate = validate
        self.ns = load_solution(self.dir, solution)

    def solve(self, ops, args):
        assert ops[0] == self.class_name and len(ops) == len(args)
        t0 = time.perf_counter()
        obj = self.ns[self.class_name](*copy.deepcopy(args[0]))
        out = [None]
        for op, a in zip(ops[1:], args[1:]):
            out.append(getattr(obj, op)(*copy.deepcopy(a)))
        return out, time.perf_counter() - t0

    def write(self, cases):
        items = []
        for idx, (ops, args) in enumerate(cases, 1):
            if self.validate is not None:
                self.validate(ops, args)
            inp = dumps(ops) + '\n' + dumps(args) + '\n'
            result, secs = self.solve(ops, args)
            items.append((inp, dumps(result), secs))
        self._write_all(items)
