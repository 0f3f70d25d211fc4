class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # Wrong: integer division when averaging the two middle values.
        c = sorted(nums1 + nums2)
        k = len(c)
        if k % 2:
            return float(c[k // 2])
        return float((c[k // 2 - 1] + c[k // 2]) // 2)
