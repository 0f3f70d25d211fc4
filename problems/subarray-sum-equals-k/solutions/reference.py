class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = defaultdict(int)
        seen[0] = 1
        prefix = answer = 0
        for x in nums:
            prefix += x
            answer += seen[prefix - k]
            seen[prefix] += 1
        return answer
