static int desc(const void* a, const void* b) {
    return *(const int*)b - *(const int*)a;
}

int lastStoneWeight(int* stones, int stonesSize) {
    int n = stonesSize;
    while (n > 1) {
        qsort(stones, n, sizeof(int), desc);
        int diff = stones[0] - stones[1];
        memmove(stones, stones + 2, sizeof(int) * (n - 2));
        n -= 2;
        if (diff > 0) stones[n++] = diff;
    }
    return n ? stones[0] : 0;
}
