typedef struct {
    int* low;   /* max-heap of the smaller half */
    int* high;  /* min-heap of the larger half */
    int lowSize, highSize, cap;
} MedianFinder;

static void heapPush(int* h, int* size, int x, int sign) {
    int i = (*size)++;
    h[i] = x;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (sign * h[i] <= sign * h[p]) break;
        int t = h[i]; h[i] = h[p]; h[p] = t;
        i = p;
    }
}

static int heapPop(int* h, int* size, int sign) {
    int top = h[0];
    h[0] = h[--(*size)];
    int i = 0;
    for (;;) {
        int best = i, l = 2 * i + 1, r = l + 1;
        if (l < *size && sign * h[l] > sign * h[best]) best = l;
        if (r < *size && sign * h[r] > sign * h[best]) best = r;
        if (best == i) break;
        int t = h[i]; h[i] = h[best]; h[best] = t;
        i = best;
    }
    return top;
}

MedianFinder* medianFinderCreate() {
    MedianFinder* obj = malloc(sizeof(MedianFinder));
    obj->cap = 16;
    obj->low = malloc(sizeof(int) * obj->cap);
    obj->high = malloc(sizeof(int) * obj->cap);
    obj->lowSize = obj->highSize = 0;
    return obj;
}

void medianFinderAddNum(MedianFinder* obj, int num) {
    if (obj->lowSize + 1 >= obj->cap || obj->highSize + 1 >= obj->cap) {
        obj->cap *= 2;
        obj->low = realloc(obj->low, sizeof(int) * obj->cap);
        obj->high = realloc(obj->high, sizeof(int) * obj->cap);
    }
    heapPush(obj->low, &obj->lowSize, num, 1);
    heapPush(obj->high, &obj->highSize, heapPop(obj->low, &obj->lowSize, 1), -1);
    if (obj->highSize > obj->lowSize) heapPush(obj->low, &obj->lowSize, heapPop(obj->high, &obj->highSize, -1), 1);
}

double medianFinderFindMedian(MedianFinder* obj) {
    if (obj->lowSize > obj->highSize) return obj->low[0];
    return ((double)obj->low[0] + obj->high[0]) / 2.0;
}

void medianFinderFree(MedianFinder* obj) {
    free(obj->low);
    free(obj->high);
    free(obj);
}

/**
 * Your MedianFinder struct will be instantiated and called as such:
 * MedianFinder* obj = medianFinderCreate();
 * medianFinderAddNum(obj, num);
 
 * double param_2 = medianFinderFindMedian(obj);
 
 * medianFinderFree(obj);
*/
