int maxCoins(int* nums, int numsSize) {
    int n = numsSize + 2;
    int* v = malloc(sizeof(int) * n);
    v[0] = v[n - 1] = 1;
    for (int i = 0; i < numsSize; i++) v[i + 1] = nums[i];
    int* best = calloc((size_t)n * n, sizeof(int));
    for (int gap = 2; gap < n; gap++) {
        for (int i = 0; i + gap < n; i++) {
            int j = i + gap;
            for (int k = i + 1; k < j; k++) {
                int c = best[i * n + k] + v[i] * v[k] * v[j] + best[k * n + j];
                if (c > best[i * n + j]) best[i * n + j] = c;
            }
        }
    }
    int answer = best[n - 1];
    free(best);
    free(v);
    return answer;
}
