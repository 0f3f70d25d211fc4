/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static int byDistance(const void* a, const void* b) {
    const int* p = *(const int* const*)a;
    const int* q = *(const int* const*)b;
    int dp = p[0] * p[0] + p[1] * p[1], dq = q[0] * q[0] + q[1] * q[1];
    return (dp > dq) - (dp < dq);
}

int** kClosest(int** points, int pointsSize, int* pointsColSize, int k, int* returnSize, int** returnColumnSizes) {
    qsort(points, pointsSize, sizeof(int*), byDistance);
    int** out = malloc(sizeof(int*) * k);
    *returnColumnSizes = malloc(sizeof(int) * k);
    for (int i = 0; i < k; i++) {
        out[i] = malloc(sizeof(int) * 2);
        out[i][0] = points[i][0];
        out[i][1] = points[i][1];
        (*returnColumnSizes)[i] = 2;
    }
    *returnSize = k;
    return out;
}
