#!/usr/bin/env python3
"""Writes tests/ for reconstruct-itinerary (run with /usr/bin/python3). Every test has an itinerary from JFK using all tickets."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '_tools'))
from genlib import *

rng = random.Random(20261225)
T = 300


def validate(tickets):
    assert 1 <= len(tickets) <= T
    for a, b in tickets:
        assert len(a) == 3 and len(b) == 3 and a.isupper() and b.isupper() and a.isalpha() and b.isalpha() and a != b
    # Euler path from JFK exists: degree balance and connectivity of the used edges.
    out, inn = Counter(a for a, _ in tickets), Counter(b for _, b in tickets)
    nodes = set(out) | set(inn)
    starts = [v for v in nodes if out[v] - inn[v] == 1]
    assert all(abs(out[v] - inn[v]) <= 1 for v in nodes)
    assert starts in ([], ['JFK']) and out['JFK'] > 0
    adj = defaultdict(set)
    for a, b in tickets:
        adj[a].add(b)
    seen, stack = {'JFK'}, ['JFK']
    while stack:
        for b in adj[stack.pop()]:
            if b not in seen:
                seen.add(b)
                stack.append(b)
    assert nodes <= seen


def airports(k):
    names = set()
    while len(names) < k:
        names.add(''.join(rng.choice(string.ascii_uppercase) for _ in range(3)))
    names.discard('JFK')
    return ['JFK'] + sorted(names)


def walk(length, names):
    """Tickets of a random walk from JFK over `names`, shuffled."""
    route = ['JFK']
    while len(route) <= length:
        nxt = rng.choice(names)
        if nxt != route[-1]:
            route.append(nxt)
    tickets = [[route[i], route[i + 1]] for i in range(length)]
    rng.shuffle(tickets)
    return tickets


def trap_chain(k):
    """From JFK: an early dead end (AAA) and k loops back through later airports: greedy gets stuck at once."""
    tickets = [['JFK', 'AAA']]
    for i in range(k):
        name = 'B' + string.ascii_uppercase[i // 26] + string.ascii_uppercase[i % 26]
        tickets += [['JFK', name], [name, 'JFK']]
    rng.shuffle(tickets)
    return tickets


cases = [
    ([['MUC', 'LHR'], ['JFK', 'MUC'], ['SFO', 'SJC'], ['LHR', 'SFO']],),
    ([['JFK', 'SFO'], ['JFK', 'ATL'], ['SFO', 'ATL'], ['ATL', 'JFK'], ['ATL', 'SFO']],),
    ([['JFK', 'KUL'], ['JFK', 'NRT'], ['NRT', 'JFK']],),
    ([['JFK', 'AAA']],),
    ([['JFK', 'ZZZ'], ['ZZZ', 'JFK']],),
    ([['JFK', 'AAA'], ['AAA', 'JFK'], ['JFK', 'AAA'], ['AAA', 'JFK']],),
    ([['EZE', 'AXA'], ['TIA', 'ANU'], ['ANU', 'JFK'], ['JFK', 'ANU'], ['ANU', 'EZE'], ['TIA', 'ANU'], ['AXA', 'TIA'], ['TIA', 'JFK'], ['ANU', 'TIA'], ['JFK', 'TIA']],),
    ([['JFK', 'BBB'], ['BBB', 'JFK'], ['JFK', 'CCC'], ['CCC', 'BBB'], ['BBB', 'CCC']],),
    (walk(10, airports(3)),),
    (walk(40, airports(6)),),
    (walk(T, airports(4)),),
    (walk(T, airports(30)),),
    (walk(T, airports(120)),),
    (trap_chain(100),),
    (walk(200, ['JFK', 'AAA', 'AAB']),),
    (walk(T, airports(2)),),
    (walk(150, airports(10)),),
]
FunctionProblem(__file__, 'findItinerary', ['string[][]'], 'string[]', validate=validate).write(cases)
