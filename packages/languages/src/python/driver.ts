import type { ExecuteProblem } from '@quickcode/protocol';
import { nodeUse, readRuntime, runtimeSpec, signatureOf, userBlock, type DriverSource } from '../shared/driver.js';

const runtime = readRuntime(new URL('./runtime/python.py', import.meta.url));

/** LeetCode's implicit imports, on one line so the user's code starts on line 2. */
const IMPORTS = [
  'from typing import *',
  'import sys, os, math, collections, heapq, bisect, functools, itertools, string, re, random, operator, copy, array, statistics',
  'from collections import *',
  'from heapq import *',
  'from bisect import *',
  'from functools import *',
  'from itertools import *',
  'from math import *',
  // `from bisect import *` binds the name bisect to the function: LeetCode code calls bisect.bisect_left.
  'import bisect',
  // LeetCode's answer to Java's TreeMap and C++'s multiset (Debian's python3-sortedcontainers).
  'from sortedcontainers import SortedList, SortedDict, SortedSet',
  // `from math import *` hides the builtin three-argument pow.
  'import builtins as _qc_builtins',
  'pow = _qc_builtins.pow',
  'sys.setrecursionlimit(1000000)',
];

const LIST_NODE = 'class ListNode:\n    def __init__(self, val=0, next=None):\n        self.val = val\n        self.next = next\n';
const TREE_NODE = 'class TreeNode:\n    def __init__(self, val=0, left=None, right=None):\n        self.val = val\n        self.left = left\n        self.right = right\n';

export function pythonDriver(problem: ExecuteProblem, code: string): DriverSource {
  const sig = signatureOf(problem);
  const use = nodeUse(problem);
  const classes = (use.list ? LIST_NODE : '') + (use.tree ? TREE_NODE : '');
  const prelude = [...IMPORTS, ...(classes ? [`exec(${JSON.stringify(classes)})`] : [])].join('; ');
  const spec = runtimeSpec(sig);
  // The user's code travels as a string compiled under the name solution.py: tracebacks and
  // syntax errors then give their own line numbers, with no driver frames around them.
  const user = JSON.stringify(userBlock(code));
  const source = `${prelude}\n${runtime}\n_QC_SPEC = ${JSON.stringify(JSON.stringify(spec))}\n_qc_start(${user}, _QC_SPEC)\n`;
  return { source, fileName: 'main.py', lineOffset: 0 };
}
