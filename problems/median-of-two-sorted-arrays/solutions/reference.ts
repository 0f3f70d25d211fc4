function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
    if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
    const m = nums1.length;
    const n = nums2.length;
    const half = (m + n + 1) >> 1;
    let lo = 0;
    let hi = m;
    while (true) {
        const i = (lo + hi) >> 1;
        const j = half - i;
        const aLeft = i > 0 ? nums1[i - 1] : -Infinity;
        const aRight = i < m ? nums1[i] : Infinity;
        const bLeft = j > 0 ? nums2[j - 1] : -Infinity;
        const bRight = j < n ? nums2[j] : Infinity;
        if (aLeft <= bRight && bLeft <= aRight) {
            if ((m + n) % 2) return Math.max(aLeft, bLeft);
            return (Math.max(aLeft, bLeft) + Math.min(aRight, bRight)) / 2;
        }
        if (aLeft > bRight) hi = i - 1;
        else lo = i + 1;
    }
};
