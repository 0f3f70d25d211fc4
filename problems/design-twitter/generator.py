#!/usr/bin/env python3
"""Writes tests/ for design-twitter (run with /usr/bin/python3)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261213)
CALLS, U, TID = 3 * 10**4, 500, 10**4


def validate(ops, args):
    assert ops[0] == 'Twitter' and args[0] == [] and len(ops) == len(args) and 1 <= len(ops) - 1 <= CALLS
    tweets = set()
    for op, a in zip(ops[1:], args[1:]):
        if op == 'postTweet':
            assert len(a) == 2 and 1 <= a[0] <= U and 0 <= a[1] <= TID and a[1] not in tweets
            tweets.add(a[1])
        elif op == 'getNewsFeed':
            assert len(a) == 1 and 1 <= a[0] <= U
        else:
            assert op in ('follow', 'unfollow') and len(a) == 2 and all(1 <= x <= U for x in a)


class Session:
    def __init__(self):
        self.ops, self.args = ['Twitter'], [[]]
        self.ids = list(range(TID + 1))
        rng.shuffle(self.ids)

    def add(self, op, *a):
        self.ops.append(op)
        self.args.append(list(a))

    def post(self, user):
        self.add('postTweet', user, self.ids.pop())

    def random(self, calls, users, weights=(4, 3, 2, 1), self_follow=0.02):
        while len(self.ops) - 1 < calls:
            op = rng.choices(['postTweet', 'getNewsFeed', 'follow', 'unfollow'], weights)[0]
            if op == 'postTweet' and self.ids:
                self.post(rng.randint(1, users))
            elif op == 'getNewsFeed':
                self.add(op, rng.randint(1, users))
            elif op in ('follow', 'unfollow'):
                a = rng.randint(1, users)
                b = a if rng.random() < self_follow else rng.randint(1, users)
                self.add(op, a, b)
        return self.ops, self.args


def sparse_feed(posts, feeds):
    """Users 1..100 post a lot; user 500 follows two users who posted once, long ago: a scan of all tweets is long."""
    s = Session()
    s.post(498)
    s.post(499)
    s.add('follow', 500, 498)
    s.add('follow', 500, 499)
    for _ in range(posts):
        s.post(rng.randint(1, 100))
    for _ in range(feeds):
        s.add('getNewsFeed', 500)
    return s.ops, s.args


def follow_everyone(feeds):
    """User 1 follows all 500 users, who all posted: every feed merges 500 lists."""
    s = Session()
    for u in range(1, U + 1):
        s.add('follow', 1, u)
    for _ in range(5000):
        s.post(rng.randint(1, U))
    for _ in range(feeds):
        s.add('getNewsFeed', 1)
    return s.ops, s.args


cases = [
    (['Twitter', 'postTweet', 'getNewsFeed', 'follow', 'postTweet', 'getNewsFeed', 'unfollow', 'getNewsFeed'], [[], [1, 5], [1], [1, 2], [2, 6], [1], [1, 2], [1]]),
    (['Twitter', 'getNewsFeed'], [[], [1]]),
    (['Twitter', 'follow', 'getNewsFeed', 'unfollow', 'getNewsFeed'], [[], [1, 2], [1], [1, 3], [2]]),
    (['Twitter', 'postTweet', 'follow', 'unfollow', 'getNewsFeed'], [[], [1, 7], [1, 1], [1, 1], [1]]),
    (['Twitter', 'postTweet', 'postTweet', 'getNewsFeed', 'getNewsFeed'], [[], [1, 9], [2, 3], [2], [1]]),
    (['Twitter'] + ['postTweet'] * 12 + ['getNewsFeed'], [[]] + [[1, t] for t in (5, 3, 11, 0, 10000, 8, 1, 2, 4, 7, 6, 9)] + [[1]]),
    (['Twitter', 'follow', 'follow', 'postTweet', 'postTweet', 'postTweet', 'getNewsFeed', 'unfollow', 'getNewsFeed', 'getNewsFeed'],
     [[], [1, 2], [1, 2], [2, 100], [3, 50], [1, 70], [1], [1, 2], [1], [2]]),
    Session().random(40, 3),
    Session().random(400, 10),
    Session().random(3000, 50, (3, 3, 3, 1)),
    Session().random(10000, U, (5, 2, 5, 1)),
    Session().random(6000, 20, (2, 2, 1, 1), 0.1),
    sparse_feed(9990, 10000),
    follow_everyone(1500),
    Session().random(14000, 5, (6, 1, 1, 1)),
]
DesignProblem(__file__, 'Twitter', validate=validate).write(cases)
