#!/usr/bin/env python3
"""Writes tests/ for word-search (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261216)
M, L = 6, 15
LETTERS = string.ascii_letters


def validate(board, word):
    assert 1 <= len(board) <= M and all(1 <= len(r) == len(board[0]) <= M for r in board)
    assert all(c in LETTERS for r in board for c in r) and 1 <= len(word) <= L and all(c in LETTERS for c in word)


def grid(m, n, letters):
    return [[rng.choice(letters) for _ in range(n)] for _ in range(m)]


def path_word(board, length):
    """A word read along a random self-avoiding path (shorter if the path gets stuck)."""
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


def hidden(m, n, letters, length):
    board = grid(m, n, letters)
    return board, path_word(board, length)


def absent(m, n, letters, length):
    board = grid(m, n, letters)
    return board, ''.join(rng.choice(letters) for _ in range(length))


B = [['A', 'B', 'C', 'E'], ['S', 'F', 'C', 'S'], ['A', 'D', 'E', 'E']]
cases = [
    (B, 'ABCCED'),
    (B, 'SEE'),
    (B, 'ABCB'),
    ([['a']], 'a'),
    ([['a']], 'b'),
    ([['a']], 'aa'),
    ([['a', 'b']], 'ba'),
    ([['a', 'b'], ['c', 'd']], 'abdc'),
    ([['a', 'b'], ['c', 'd']], 'abcd'),
    ([['a', 'a']], 'aaa'),
    ([['C', 'A', 'A'], ['A', 'A', 'A'], ['B', 'C', 'D']], 'AAB'),
    ([['a', 'A'], ['A', 'a']], 'aA'),
    ([['a', 'A'], ['A', 'a']], 'aa'),
    (B, 'ECCBASADFSEE'[:12]),
    hidden(M, M, 'ab', L),
    absent(M, M, 'xyz', L),
    hidden(M, M, LETTERS, L),
    hidden(1, M, 'ab', M),
    hidden(M, 1, 'ab', 5),
    ([['A'] * M for _ in range(M)], 'A' * L),
    absent(M, M, 'AB', L),
]
FunctionProblem(__file__, 'exist', ['char[][]', 'string'], 'bool', validate=validate).write(cases)
