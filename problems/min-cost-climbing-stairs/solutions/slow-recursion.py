# Correct but exponential: the recursion without memoization re-solves every step many times.
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)

        def best(i):
            if i >= n:
                return 0
            return cost[i] + min(best(i + 1), best(i + 2))

        return min(best(0), best(1))
