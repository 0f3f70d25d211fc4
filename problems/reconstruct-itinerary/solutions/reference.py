class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        out = defaultdict(list)
        for a, b in sorted(tickets, reverse=True):
            out[a].append(b)
        route, stack = [], ['JFK']
        while stack:
            if out[stack[-1]]:
                stack.append(out[stack[-1]].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
