#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(100000)
N = 10**5
LETTERS = string.ascii_letters


def min_windows(s, t):
    """All (lo, hi) windows of minimal length containing t (brute-force-free, O(m) sliding)."""
    need = Counter(t)
    have = Counter()
    formed = 0
    req = len(need)
    best = None
    wins = []
    lo = 0
    for hi, c in enumerate(s):
        have[c] += 1
        if c in need and have[c] == need[c]:
            formed += 1
        while formed == req:
            length = hi - lo + 1
            if best is None or length < best:
                best, wins = length, [(lo, hi)]
            elif length == best:
                wins.append((lo, hi))
            d = s[lo]
            have[d] -= 1
            if d in need and have[d] < need[d]:
                formed -= 1
            lo += 1
    return best, wins


def validate(s, t):
    assert 1 <= len(s) <= N and 1 <= len(t) <= N
    assert all(c in LETTERS for c in s + t)
    best, wins = min_windows(s, t)
    assert best is None or len(set(s[a:b + 1] for a, b in wins)) == 1, 'answer not unique'
    # also require a unique position so that index-based answers agree
    assert best is None or len(wins) == 1, 'minimal window occurs more than once'


def rs(n, alphabet=LETTERS):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def planted(m, t, alphabet):
    """s over `alphabet` (which must not intersect set(t)) with a scattered copy of t planted."""
    s = list(rs(m, alphabet))
    pos = sorted(rng.sample(range(m), len(t)))
    tt = list(t)
    rng.shuffle(tt)
    for p, c in zip(pos, tt):
        s[p] = c
    return ''.join(s)


def unique_random(m, n, alphabet, tries=200):
    for _ in range(tries):
        s = rs(m, alphabet)
        t = rs(n, alphabet)
        best, wins = min_windows(s, t)
        if best is not None and len(wins) == 1:
            return s, t
    raise RuntimeError('no unique instance found')


lower = string.ascii_lowercase
upper = string.ascii_uppercase
big_t = rs(26, upper)
cases = [
    ('ADOBECODEBANC', 'ABC'),
    ('a', 'a'),
    ('a', 'aa'),
    ('a', 'b'),
    ('ab', 'b'),
    ('bba', 'ab'),
    ('aA', 'A'),
    ('cabwefgewcwaefgcf', 'cae'),
    ('bdab', 'ab'),
    unique_random(200, 4, 'abcdef'),
    unique_random(N, 30, lower),
    unique_random(N, 200, LETTERS),
    (planted(N, big_t, lower), big_t),
    (planted(N, 'Q' * 500 + 'Zz', lower[:25]), 'Q' * 500 + 'Zz'),
    (rs(N, lower), 'A'),
    ('x' * (N - 1) + 'y', 'xy'),
    ('y' + 'x' * (N - 2) + 'y', 'yy'),
    (rs(N // 2, 'ab'), rs(N, 'ab')),
]
FunctionProblem(__file__, 'minWindow', ['string', 'string'], 'string', validate=validate).write(cases)
