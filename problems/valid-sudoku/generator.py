#!/usr/bin/env python3
"""Writes tests/ for valid-sudoku (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261219)


def validate(board):
    assert len(board) == 9 and all(len(r) == 9 and all(c in '.123456789' for c in r) for r in board)


def solved():
    """A full valid grid: a shifted pattern, with digits, rows within bands and bands shuffled."""
    digits = list('123456789')
    rng.shuffle(digits)
    rows = [b * 3 + r for b in rng.sample(range(3), 3) for r in rng.sample(range(3), 3)]
    return [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in range(9)] for r in rows]


def holes(board, keep):
    out = [row[:] for row in board]
    for r in range(9):
        for c in range(9):
            if rng.random() > keep:
                out[r][c] = '.'
    return out


def clash(board, kind):
    """Copy a filled digit to an empty cell so that exactly one kind of rule breaks."""
    b = [row[:] for row in board]
    cells = [(r, c) for r in range(9) for c in range(9)]
    rng.shuffle(cells)
    for r, c in cells:
        if b[r][c] != '.':
            continue
        if kind == 'row':
            src = [(r, k) for k in range(9) if b[r][k] != '.' and k // 3 != c // 3]
        elif kind == 'col':
            src = [(k, c) for k in range(9) if b[k][c] != '.' and k // 3 != r // 3]
        else:
            br, bc = r // 3 * 3, c // 3 * 3
            src = [(i, j) for i in range(br, br + 3) for j in range(bc, bc + 3) if b[i][j] != '.' and i != r and j != c]
        for sr, sc in src:
            d = b[sr][sc]
            row_ok = kind == 'row' or d not in b[r]
            col_ok = kind == 'col' or d not in [b[k][c] for k in range(9)]
            box = [b[i][j] for i in range(r // 3 * 3, r // 3 * 3 + 3) for j in range(c // 3 * 3, c // 3 * 3 + 3)]
            box_ok = kind == 'box' or d not in box
            if row_ok and col_ok and box_ok:
                b[r][c] = d
                return b
    raise RuntimeError('no clash found')


ex1 = [list(r) for r in ['53..7....', '6..195...', '.98....6.', '8...6...3', '4..8.3..1', '7...2...6', '.6....28.', '...419..5', '....8..79']]
ex2 = [row[:] for row in ex1]
ex2[0][0] = '8'
empty = [['.'] * 9 for _ in range(9)]
one = [row[:] for row in empty]
one[4][4] = '5'
cases = [
    (ex1,),
    (ex2,),
    (empty,),
    (one,),
    (solved(),),
    (holes(solved(), 0.5),),
    (holes(solved(), 0.3),),
    (clash(holes(solved(), 0.4), 'row'),),
    (clash(holes(solved(), 0.4), 'col'),),
    (clash(holes(solved(), 0.4), 'box'),),
    (clash(holes(solved(), 0.6), 'box'),),
    (clash(holes(solved(), 0.2), 'row'),),
    (clash(holes(solved(), 0.2), 'col'),),
    ([['.', '.', '.', '.', '5', '.', '.', '1', '.'], ['.', '4', '.', '3', '.', '.', '.', '.', '.'], ['.', '.', '.', '.', '.', '3', '.', '.', '1'], ['8', '.', '.', '.', '.', '.', '.', '2', '.'], ['.', '.', '2', '.', '7', '.', '.', '.', '.'], ['.', '1', '5', '.', '.', '.', '.', '.', '.'], ['.', '.', '.', '.', '.', '2', '.', '.', '.'], ['.', '2', '.', '9', '.', '.', '.', '.', '.'], ['.', '.', '4', '.', '.', '.', '.', '.', '.']],),
    ([[str(c + 1) if r == 0 else '.' for c in range(9)] for r in range(9)],),
    ([[str(r + 1) if c == 0 else '.' for c in range(9)] for r in range(9)],),
    ([['1' if (r, c) in ((0, 0), (1, 1)) else '.' for c in range(9)] for r in range(9)],),
]
FunctionProblem(__file__, 'isValidSudoku', ['char[][]'], 'bool', validate=validate).write(cases)
