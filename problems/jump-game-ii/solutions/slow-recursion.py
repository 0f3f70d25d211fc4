# Correct but exponential: tries every jump length from every pad without remembering results.
class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)

        def fewest(i):
            if i >= n - 1:
                return 0
            best = float('inf')
            for step in range(1, nums[i] + 1):
                best = min(best, 1 + fewest(i + step))
            return best

        return fewest(0)
