#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(1618)
LO, HI = -2**31, 2**31 - 1


def tdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def apply(op, a, b):
    return {'+': a + b, '-': a - b, '*': a * b}[op] if op != '/' else tdiv(a, b)


def validate(tokens):
    assert 1 <= len(tokens) <= 10**4
    stack = []
    for t in tokens:
        if t in ('+', '-', '*', '/'):
            b, a = stack.pop(), stack.pop()
            assert not (t == '/' and b == 0)
            r = apply(t, a, b)
            assert LO <= r <= HI
            stack.append(r)
        else:
            assert str(int(t)) == t and -200 <= int(t) <= 200
            stack.append(int(t))
    assert len(stack) == 1


def random_rpn(n_tokens, ops='+-*/', max_depth=None):
    """Random valid RPN with n_tokens tokens (odd), keeping every value inside 32 bits."""
    assert n_tokens % 2 == 1
    n_nums = (n_tokens + 1) // 2
    out, stack = [], []
    pushed = 0
    while pushed < n_nums or len(stack) > 1:
        can_push = pushed < n_nums and (max_depth is None or len(stack) < max_depth)
        if len(stack) >= 2 and (not can_push or rng.random() < 0.45):
            b, a = stack[-1], stack[-2]
            choices = [op for op in ops if not (op == '/' and b == 0) and LO <= apply(op, a, b) <= HI]
            nonzero = [op for op in choices if apply(op, a, b) != 0]
            if nonzero and rng.random() < 0.9:
                choices = nonzero
            if not choices:
                choices = ['-'] if LO <= a - b <= HI else ['+']
            op = rng.choice(choices)
            stack.pop()
            stack.pop()
            stack.append(apply(op, a, b))
            out.append(op)
        else:
            v = rng.randint(-200, 200)
            stack.append(v)
            out.append(str(v))
            pushed += 1
    return out


cases = [
    (['2', '1', '+', '3', '*'],),
    (['4', '13', '5', '/', '+'],),
    (['10', '6', '9', '3', '+', '-11', '*', '/', '*', '17', '+', '5', '+'],),
    (['42'],),
    (['-200'],),
    (['7', '-2', '/'],),
    (['-7', '2', '/'],),
    (['-7', '-2', '/'],),
    (['3', '5', '-'],),
    (['0', '3', '/'],),
    (['200', '200', '*', '200', '*', '200', '*'],),
    (random_rpn(21),),
    (random_rpn(999),),
    (random_rpn(9999),),
    (random_rpn(9999, '+-'),),
    (random_rpn(9999, '*/'),),
    (['1'] * 5000 + ['+'] * 4999,),
    (random_rpn(9999, max_depth=3),),
]
FunctionProblem(__file__, 'evalRPN', ['string[]'], 'int', validate=validate).write(cases)
