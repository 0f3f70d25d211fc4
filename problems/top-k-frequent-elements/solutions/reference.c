/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* topKFrequent(int* nums, int numsSize, int k, int* returnSize) {
    /* Values lie in [-10^4, 10^4]: count them directly, then bucket by frequency. */
    enum { OFFSET = 10000, RANGE = 20001 };
    int* count = calloc(RANGE, sizeof(int));
    for (int i = 0; i < numsSize; i++) count[nums[i] + OFFSET]++;
    int* start = calloc(numsSize + 2, sizeof(int));
    for (int v = 0; v < RANGE; v++) start[count[v]]++;
    /* start[c] becomes the first slot of bucket c in an order by descending frequency. */
    int acc = 0;
    for (int c = numsSize; c >= 1; c--) {
        int size = start[c];
        start[c] = acc;
        acc += size;
    }
    int* order = malloc(sizeof(int) * (acc ? acc : 1));
    for (int v = 0; v < RANGE; v++) {
        if (count[v]) order[start[count[v]]++] = v - OFFSET;
    }
    int* out = malloc(sizeof(int) * k);
    for (int i = 0; i < k; i++) out[i] = order[i];
    free(count);
    free(start);
    free(order);
    *returnSize = k;
    return out;
}
