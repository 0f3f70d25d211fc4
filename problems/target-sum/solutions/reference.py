class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        total = sum(nums)
        # Choosing the plus-signed subset P: sum(P) - (total - sum(P)) = target.
        if abs(target) > total or (total + target) % 2:
            return 0
        want = (total + target) // 2
        ways = [1] + [0] * want
        for x in nums:
            for s in range(want, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[want]
