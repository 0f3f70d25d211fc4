#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_tools"))
from genlib import *

rng = random.Random(99)
N = 2 * 10**5
PRINTABLE = ''.join(chr(c) for c in range(32, 127))


def validate(s):
    assert 1 <= len(s) <= N and all(32 <= ord(c) <= 126 for c in s)


def noisy_palindrome(n, alphabet):
    half = [rng.choice(alphabet) for _ in range(n // 2)]
    core = half + ([rng.choice(alphabet)] if n % 2 else []) + half[::-1]
    out = []
    for c in core:
        while rng.random() < 0.3:
            out.append(rng.choice(' ,.:;!?-_\'"()[]{}@#$%^&*/\\'))
        out.append(c.upper() if rng.random() < 0.5 else c)
    return ''.join(out)


big = noisy_palindrome(150000, string.ascii_lowercase + string.digits)
big = big[:N]
pal = noisy_palindrome(120000, 'ab0')
broken = list(pal)
for k in range(len(broken) // 2, len(broken)):
    if broken[k].isalnum():
        broken[k] = '1' if broken[k].lower() != '1' else '2'
        break
cases = [
    ('A man, a plan, a canal: Panama',),
    ('race a car',),
    (' ',),
    ('a',),
    ('.,',),
    ('0P',),
    ('ab_a',),
    ('Aa',),
    ('1a2',),
    ('No lemon, no melon',),
    ('12321',),
    ('Was it a car or a cat I saw?',),
    (''.join(rng.choice(PRINTABLE) for _ in range(300)),),
    (noisy_palindrome(1000, 'xyz9'),),
    (big if len(big) <= N else big[:N],),
    (pal,),
    (''.join(broken),),
    ('!' * N,),
]
FunctionProblem(__file__, 'isPalindrome', ['string'], 'bool', validate=validate).write(cases)
