/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** insert(int** intervals, int intervalsSize, int* intervalsColSize, int* newInterval, int newIntervalSize, int* returnSize, int** returnColumnSizes) {
    int** out = malloc(sizeof(int*) * (intervalsSize + 1));
    int count = 0, i = 0;
    int start = newInterval[0], end = newInterval[1];
    while (i < intervalsSize && intervals[i][1] < start) {
        int* iv = malloc(sizeof(int) * 2);
        iv[0] = intervals[i][0];
        iv[1] = intervals[i][1];
        out[count++] = iv;
        i++;
    }
    while (i < intervalsSize && intervals[i][0] <= end) {
        if (intervals[i][0] < start) start = intervals[i][0];
        if (intervals[i][1] > end) end = intervals[i][1];
        i++;
    }
    int* merged = malloc(sizeof(int) * 2);
    merged[0] = start;
    merged[1] = end;
    out[count++] = merged;
    for (; i < intervalsSize; i++) {
        int* iv = malloc(sizeof(int) * 2);
        iv[0] = intervals[i][0];
        iv[1] = intervals[i][1];
        out[count++] = iv;
    }
    *returnSize = count;
    *returnColumnSizes = malloc(sizeof(int) * count);
    for (int k = 0; k < count; k++) (*returnColumnSizes)[k] = 2;
    return out;
}
