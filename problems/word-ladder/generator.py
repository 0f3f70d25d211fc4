#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(5000)
L = string.ascii_lowercase


def validate(begin, end, words):
    n = len(begin)
    assert 1 <= n <= 10 and len(end) == n and begin != end
    assert 1 <= len(words) <= 5000 and len(set(words)) == len(words)
    assert all(len(w) == n and all(c in L for c in w) for w in words + [begin, end])


def rw(n, alphabet=L):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def walk(start, steps, alphabet=L):
    """A random path of one-letter changes starting at `start`."""
    path = [start]
    cur = start
    seen = {start}
    while len(path) <= steps:
        i = rng.randrange(len(cur))
        c = rng.choice(alphabet)
        nxt = cur[:i] + c + cur[i + 1:]
        if nxt not in seen:
            seen.add(nxt)
            path.append(nxt)
            cur = nxt
    return path


def instance(length, size, alphabet, path_len, include_end=True, noise_alphabet=None):
    assert len(noise_alphabet or alphabet) ** length >= size + path_len + 1
    begin = rw(length, alphabet)
    path = walk(begin, path_len, alphabet)
    end = path[-1]
    words = set(path[1:])
    noise_alphabet = noise_alphabet or alphabet
    while len(words) < size:
        words.add(rw(length, noise_alphabet))
    words.discard(begin)
    if not include_end:
        words.discard(end)
    words = sorted(words)
    rng.shuffle(words)
    return begin, end, words


def dense_all(length, alphabet):
    words = [''.join(p) for p in itertools.product(alphabet, repeat=length)]
    rng.shuffle(words)
    return words


all4 = dense_all(4, 'abcdefgh')[:5000]
cases = [
    ('hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log', 'cog']),
    ('hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log']),
    ('a', 'c', ['a', 'b', 'c']),
    ('a', 'b', ['b']),
    ('ab', 'cd', ['cd']),
    ('hot', 'dog', ['hot', 'dog']),
    ('hot', 'dog', ['hot', 'dog', 'dot']),
    ('leet', 'code', ['lest', 'leet', 'lose', 'code', 'lode', 'robe', 'lost']),
    instance(3, 200, 'abcdef', 6),
    instance(5, 5000, 'abcdefg', 20),
    instance(10, 5000, L, 60, noise_alphabet=L),
    instance(10, 900, 'ab', 40),
    instance(6, 5000, 'abcde', 30, include_end=False),
    instance(10, 5000, L, 2500),
    ('aaaa', 'hhhh', all4[:4096] if 'hhhh' in all4[:4096] else all4[:4095] + ['hhhh']),
    ('aaaaaaaaaa', 'bbbbbbbbbb', [('b' * k + 'a' * (10 - k)) for k in range(1, 11)]),
    ('aaaaaaaaaa', 'zzzzzzzzzz', [rw(10) for _ in range(4999)] + ['zzzzzzzzzz']),
    instance(7, 5000, 'abcd', 300),
]
FunctionProblem(__file__, 'ladderLength', ['string', 'string', 'string[]'], 'int', validate=validate).write(cases)
