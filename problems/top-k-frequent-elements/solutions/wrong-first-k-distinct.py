class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Wrong: sorts by value instead of by frequency.
        return sorted(set(nums), reverse=True)[:k]
