class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Wrong: ignores that the sale must come after the purchase.
        return max(prices) - min(prices)
