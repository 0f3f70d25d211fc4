# Wrong: greedily steps onto the cheaper of the next two steps, which can lead into expensive stretches.
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)
        i = 0 if cost[0] <= cost[1] else 1
        total = 0
        while i < n:
            total += cost[i]
            if i + 2 >= n:
                break
            i = i + 1 if cost[i + 1] <= cost[i + 2] else i + 2
        return total
