class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        out = defaultdict(list)
        for a, b in sorted(tickets, reverse=True):
            out[a].append(b)
        route = ['JFK']
        while out[route[-1]]:
            route.append(out[route[-1]].pop())
        return route
