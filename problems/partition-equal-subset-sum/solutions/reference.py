class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        reach = [True] + [False] * half
        for x in nums:
            for s in range(half, x - 1, -1):
                if reach[s - x]:
                    reach[s] = True
        return reach[half]
