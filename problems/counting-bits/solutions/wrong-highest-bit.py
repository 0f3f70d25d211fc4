# Wrong: reuses the answer of i - 1 and adds one, which only holds when i is odd.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i - 1] + 1 if i & 1 else ans[i - 1]
        return ans
