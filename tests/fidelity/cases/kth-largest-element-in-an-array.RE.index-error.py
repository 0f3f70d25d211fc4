class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums.sort()
        return nums[len(nums) + k]
# QC-EXPECT: line 4, in findKthLargest
# QC-EXPECT: IndexError
# QC-EXPECT-NOT: _qc_main
# QC-EXPECT-NOT: run_function
