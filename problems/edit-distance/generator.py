#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(500)
L = string.ascii_lowercase


def validate(a, b):
    assert 0 <= len(a) <= 500 and 0 <= len(b) <= 500 and all(c in L for c in a + b)


def rs(n, alphabet=L):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def mutate(s, edits):
    s = list(s)
    for _ in range(edits):
        r = rng.random()
        if r < 0.33 and s:
            del s[rng.randrange(len(s))]
        elif r < 0.66 and len(s) < 500:
            s.insert(rng.randint(0, len(s)), rng.choice(L))
        elif s:
            s[rng.randrange(len(s))] = rng.choice(L)
    return ''.join(s)


base = rs(500)
cases = [
    ('horse', 'ros'),
    ('intention', 'execution'),
    ('', ''),
    ('', 'abc'),
    ('abc', ''),
    ('a', 'a'),
    ('a', 'b'),
    ('ab', 'ba'),
    ('kitten', 'sitting'),
    ('sea', 'eat'),
    (rs(50, 'ab'), rs(60, 'ab')),
    (rs(500), rs(500)),
    (base, mutate(base, 30)),
    (base, base[::-1]),
    (rs(500, 'ab'), rs(500, 'ab')),
    ('a' * 500, 'b' * 500),
    ('a' * 500, ''),
    (rs(500), rs(1)),
    (base, base[250:] + base[:250]),
]
FunctionProblem(__file__, 'minDistance', ['string', 'string'], 'int', validate=validate).write(cases)
