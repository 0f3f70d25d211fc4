#!/usr/bin/env python3
"""Writes tests/ for task-scheduler (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261225)
N = 10**4


def validate(tasks, n):
    assert 1 <= len(tasks) <= N and all(len(t) == 1 and 'A' <= t <= 'Z' for t in tasks) and 0 <= n <= 100


def rand(k, alphabet=string.ascii_uppercase):
    return [rng.choice(alphabet) for _ in range(k)]


cases = [
    (['A', 'A', 'A', 'B', 'B', 'B'], 2),
    (['A', 'C', 'A', 'B', 'D', 'B'], 1),
    (['A', 'A', 'A', 'B', 'B', 'B'], 3),
    (['A'], 0),
    (['A'], 100),
    (['A', 'A'], 100),
    (['A', 'B'], 100),
    (['A', 'A', 'A', 'A', 'A', 'A', 'B', 'C', 'D', 'E', 'F', 'G'], 2),
    (list('ABCDEFGHIJ') * 3, 2),
    (rand(50, 'ABC'), 4),
    (rand(1000), 10),
    (rand(N), 0),
    (rand(N), 100),
    (['Z'] * N, 100),
    (list(string.ascii_uppercase) * (N // 26), 30),
    (rand(N, 'AB'), 1),
    (['A'] * 100 + rand(N - 100, 'BCDEFGHIJKLMNOPQRSTUVWXYZ'), 50),
]
FunctionProblem(__file__, 'leastInterval', ['char[]', 'int'], 'int', validate=validate).write(cases)
