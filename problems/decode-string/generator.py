#!/usr/bin/env python3
"""Writes tests/ for decode-string (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *


def expand(s):
    stack, text, k = [], '', 0
    for c in s:
        if c.isdigit():
            k = k * 10 + int(c)
        elif c == '[':
            stack.append((text, k))
            text, k = '', 0
        elif c == ']':
            before, times = stack.pop()
            text = before + text * times
        else:
            text += c
    return text


def validate(s):
    assert 1 <= len(s) <= 30 and all(c.isdigit() or c.islower() or c in '[]' for c in s)
    assert len(expand(s)) <= 10**5
    for i, c in enumerate(s):
        if c == '[':
            j = i
            while j > 0 and s[j - 1].isdigit():
                j -= 1
            assert j < i and s[j] != '0' and 1 <= int(s[j:i]) <= 300


cases = [
    ('3[a]2[bc]',),
    ('3[a2[c]]',),
    ('2[abc]3[cd]ef',),
    ('a',),
    ('abc',),
    ('1[a]',),
    ('10[a]',),
    ('300[z]',),
    ('abc3[cd]xyz',),
    ('2[a2[b2[c]]]',),
    ('3[z]2[2[y]pq4[2[jk]e1[f]]]ef',),
    ('100[leetcode]',),
    ('300[abcdefghijklmnopqrstu]',),
    ('12[a]3[b]',),
    ('2[ab3[c]]4[d]',),
    ('300[2[3[ab]c]]',),
    ('4[3[2[1[x]]]]',),
    ('5[a]b10[c]d',),
]
FunctionProblem(__file__, 'decodeString', ['string'], 'string', validate=validate).write(cases)
