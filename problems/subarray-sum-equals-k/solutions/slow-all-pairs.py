# Correct but O(n^2): tries every start and extends it to every end.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        answer = 0
        for i in range(len(nums)):
            total = 0
            for j in range(i, len(nums)):
                total += nums[j]
                if total == k:
                    answer += 1
        return answer
