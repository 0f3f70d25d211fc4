class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Wrong: greedily takes the largest coin first.
        used = 0
        for c in sorted(coins, reverse=True):
            used += amount // c
            amount %= c
        return used if amount == 0 else -1
