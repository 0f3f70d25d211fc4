#!/usr/bin/env python3
"""Writes tests/ for word-search-ii (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261211)
M, W, L = 12, 3 * 10**4, 10
LOW = string.ascii_lowercase


def validate(board, words):
    assert 1 <= len(board) <= M and all(1 <= len(r) == len(board[0]) <= M for r in board)
    assert all(c in LOW for r in board for c in r)
    assert 1 <= len(words) <= W and len(set(words)) == len(words)
    assert all(1 <= len(w) <= L and all(c in LOW for c in w) for w in words)


def grid(m, n, letters=LOW):
    return [[rng.choice(letters) for _ in range(n)] for _ in range(m)]


def path_word(board, length):
    """A word read along a random self-avoiding path of the board (shorter if the path gets stuck)."""
    m, n = len(board), len(board[0])
    r, c = rng.randrange(m), rng.randrange(n)
    seen, out = {(r, c)}, [board[r][c]]
    while len(out) < length:
        steps = [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if 0 <= r + dr < m and 0 <= c + dc < n and (r + dr, c + dc) not in seen]
        if not steps:
            break
        r, c = rng.choice(steps)
        seen.add((r, c))
        out.append(board[r][c])
    return ''.join(out)


def words_for(board, count, letters=LOW, found=0.5):
    out = set()
    while len(out) < count:
        length = rng.randint(1, L)
        if rng.random() < found:
            out.add(path_word(board, length))
        else:
            out.add(''.join(rng.choice(letters) for _ in range(length)))
    words = list(out)
    rng.shuffle(words)
    return words


def canon(result):
    return sorted(result)


def long_prefix_words(count):
    """Words of five board letters then five letters the board lacks: a search per word walks every
    matching five-letter path from all 144 cells, while the trie shares those walks."""
    out = set()
    while len(out) < count:
        out.add(''.join(rng.choice('ab') for _ in range(5)) + ''.join(rng.choice('cdefghijklmnopqrstuvwxyz') for _ in range(5)))
    return sorted(out)


def case(board, count, letters=LOW, found=0.5):
    return board, words_for(board, count, letters, found)


cases = [
    ([['o', 'a', 'a', 'n'], ['e', 't', 'a', 'e'], ['i', 'h', 'k', 'r'], ['i', 'f', 'l', 'v']], ['oath', 'pea', 'eat', 'rain']),
    ([['a', 'b'], ['c', 'd']], ['abcb']),
    ([['a']], ['a']),
    ([['a']], ['b', 'aa']),
    ([['a', 'b']], ['aba', 'ab', 'ba', 'b']),
    ([['a', 'a']], ['aaa', 'aa', 'a']),
    ([['a', 'b'], ['c', 'd']], ['abdc', 'acdb', 'abcd', 'dbac', 'bdca']),
    ([['o', 'a', 'b', 'n'], ['o', 't', 'a', 'e'], ['a', 'h', 'k', 'r'], ['a', 'f', 'l', 'v']], ['oa', 'oaa']),
    case(grid(1, M), 20),
    case(grid(M, 1, 'ab'), 30, 'ab'),
    case(grid(3, 4, 'abc'), 50, 'abc'),
    case(grid(6, 6), 1000),
    case(grid(M, M, 'abcdefgh'), W, 'abcdefgh'),
    case(grid(M, M), W, LOW, 0.1),
    case(grid(M, M, 'ab'), 2000, 'ab'),
    ([['a'] * M for _ in range(M)], ['a' * k for k in range(1, L + 1)]),
    case(grid(M, M, 'xyz'), 5000, 'xyz', 0.7),
    (grid(M, M, 'ab'), long_prefix_words(W)),
]
FunctionProblem(__file__, 'findWords', ['char[][]', 'string[]'], 'string[]', canon=canon, validate=validate).write(cases)
