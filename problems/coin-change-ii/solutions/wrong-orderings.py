# Wrong: loops over amounts outside and coins inside, which counts every order of the same coins.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    dp[a] += dp[a - c]
        return dp[amount]
