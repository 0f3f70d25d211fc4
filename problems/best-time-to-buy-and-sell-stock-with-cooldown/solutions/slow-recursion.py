# Correct but exponential: tries every action on every day without remembering states.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        n = len(prices)

        def best(i, holding):
            if i >= n:
                return 0
            skip = best(i + 1, holding)
            if holding:
                return max(skip, prices[i] + best(i + 2, False))
            return max(skip, -prices[i] + best(i + 1, True))

        return best(0, False)
