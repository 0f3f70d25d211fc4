from bisect import bisect_right


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Wrong: bisect_right allows equal values (non-decreasing subsequence).
        tails = []
        for x in nums:
            i = bisect_right(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
