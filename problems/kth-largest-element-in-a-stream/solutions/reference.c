typedef struct {
    int k;
    int size;
    int* heap;
} KthLargest;

static void siftDown(KthLargest* obj, int i) {
    int* h = obj->heap;
    while (1) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < obj->size && h[l] < h[m]) m = l;
        if (r < obj->size && h[r] < h[m]) m = r;
        if (m == i) return;
        int t = h[m]; h[m] = h[i]; h[i] = t;
        i = m;
    }
}

int kthLargestAdd(KthLargest* obj, int val);

KthLargest* kthLargestCreate(int k, int* nums, int numsSize) {
    KthLargest* obj = malloc(sizeof(KthLargest));
    obj->k = k;
    obj->size = 0;
    obj->heap = malloc(sizeof(int) * (k + 1));
    for (int i = 0; i < numsSize; i++) kthLargestAdd(obj, nums[i]);
    return obj;
}

int kthLargestAdd(KthLargest* obj, int val) {
    int* h = obj->heap;
    if (obj->size < obj->k) {
        int i = obj->size++;
        h[i] = val;
        while (i > 0 && h[(i - 1) / 2] > h[i]) {
            int p = (i - 1) / 2;
            int t = h[p]; h[p] = h[i]; h[i] = t;
            i = p;
        }
    } else if (val > h[0]) {
        h[0] = val;
        siftDown(obj, 0);
    }
    return h[0];
}

void kthLargestFree(KthLargest* obj) {
    free(obj->heap);
    free(obj);
}

/**
 * Your KthLargest struct will be instantiated and called as such:
 * KthLargest* obj = kthLargestCreate(k, nums, numsSize);
 * int param_1 = kthLargestAdd(obj, val);

 * kthLargestFree(obj);
*/
