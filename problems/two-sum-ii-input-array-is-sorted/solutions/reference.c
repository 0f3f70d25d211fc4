/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twoSum(int* numbers, int numbersSize, int target, int* returnSize) {
    int lo = 0, hi = numbersSize - 1;
    int* ans = malloc(sizeof(int) * 2);
    *returnSize = 0;
    while (lo < hi) {
        int s = numbers[lo] + numbers[hi];
        if (s == target) {
            ans[0] = lo + 1;
            ans[1] = hi + 1;
            *returnSize = 2;
            return ans;
        }
        if (s < target) lo++;
        else hi--;
    }
    return ans;
}
