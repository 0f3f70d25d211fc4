/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static int* qs;

static int byLeft(const void* a, const void* b) {
    int x = (*(int* const*)a)[0], y = (*(int* const*)b)[0];
    return (x > y) - (x < y);
}

static int byQuery(const void* a, const void* b) {
    int x = qs[*(const int*)a], y = qs[*(const int*)b];
    return (x > y) - (x < y);
}

static bool heapLess(long long* h, int a, int b) {
    return h[a] < h[b];
}

int* minInterval(int** intervals, int intervalsSize, int* intervalsColSize, int* queries, int queriesSize, int* returnSize) {
    qsort(intervals, intervalsSize, sizeof(int*), byLeft);
    int* order = malloc(sizeof(int) * queriesSize);
    for (int k = 0; k < queriesSize; k++) order[k] = k;
    qs = queries;
    qsort(order, queriesSize, sizeof(int), byQuery);
    /* heap of size * 2^32 + right: ordered by size, then right */
    long long* heap = malloc(sizeof(long long) * (intervalsSize + 1));
    int len = 0, i = 0;
    int* answer = malloc(sizeof(int) * queriesSize);
    for (int k = 0; k < queriesSize; k++) {
        int pos = order[k], q = queries[pos];
        while (i < intervalsSize && intervals[i][0] <= q) {
            long long v = ((long long)(intervals[i][1] - intervals[i][0] + 1) << 32) | (unsigned int)intervals[i][1];
            int c = len++;
            heap[c] = v;
            while (c > 0 && heapLess(heap, c, (c - 1) / 2)) {
                long long t = heap[c];
                heap[c] = heap[(c - 1) / 2];
                heap[(c - 1) / 2] = t;
                c = (c - 1) / 2;
            }
            i++;
        }
        while (len > 0 && (int)(heap[0] & 0xFFFFFFFFLL) < q) {
            heap[0] = heap[--len];
            int c = 0;
            for (;;) {
                int l = 2 * c + 1, r = l + 1, m = c;
                if (l < len && heapLess(heap, l, m)) m = l;
                if (r < len && heapLess(heap, r, m)) m = r;
                if (m == c) break;
                long long t = heap[c];
                heap[c] = heap[m];
                heap[m] = t;
                c = m;
            }
        }
        answer[pos] = len > 0 ? (int)(heap[0] >> 32) : -1;
    }
    free(heap);
    free(order);
    *returnSize = queriesSize;
    return answer;
}
