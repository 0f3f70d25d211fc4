#!/usr/bin/env python3
"""Writes tests/ for a-plus-b (run with /usr/bin/python3): standard input and output."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
V = 10**12
rng = random.Random(20240607)

cases = [
    (1, 2),
    (-5, 3),
    (0, 0),
    (7, -7),
    (2**31 - 1, 1),
    (-2**31, -1),
    (V, 0),
    (V, -V),
    (-V, -V),
    (V, V),
    (123456789, 876543210),
    (V - 1, V),
    (rng.randint(-V, V), rng.randint(-V, V)),
    (rng.randint(-1000, 1000), rng.randint(-1000, 1000)),
    (rng.randint(10**8, V), rng.randint(10**8, V)),
]

tests = os.path.join(HERE, 'tests')
os.makedirs(tests, exist_ok=True)
for f in os.listdir(tests):
    os.remove(os.path.join(tests, f))
for i, (a, b) in enumerate(cases, 1):
    assert -V <= a <= V and -V <= b <= V
    with open(os.path.join(tests, '%02d.in' % i), 'w', newline='\n') as f:
        # Some inputs use extra spaces or no final newline: a solution must read tokens, not lines.
        f.write(('%d   %d' % (a, b)) if i == 14 else ('%d %d\n' % (a, b)) if i != 13 else ('%d %d' % (a, b)))
    with open(os.path.join(tests, '%02d.out' % i), 'w', newline='\n') as f:
        f.write('%d\n' % (a + b))
print('a-plus-b: wrote %d tests' % len(cases))
