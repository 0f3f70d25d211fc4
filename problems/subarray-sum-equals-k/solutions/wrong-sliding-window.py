# Wrong: a shrinking window assumes every number is positive.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        left = total = answer = 0
        for right, x in enumerate(nums):
            total += x
            while total > k and left < right:
                total -= nums[left]
                left += 1
            if total == k:
                answer += 1
        return answer
