/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* findOrder(int numCourses, int** prerequisites, int prerequisitesSize, int* prerequisitesColSize, int* returnSize) {
    int n = numCourses;
    int* missing = calloc(n, sizeof(int));
    int* outCount = calloc(n + 1, sizeof(int));
    for (int i = 0; i < prerequisitesSize; i++) {
        missing[prerequisites[i][0]]++;
        outCount[prerequisites[i][1] + 1]++;
    }
    /* neededBy lists in one array: course b's dependants sit at [start[b], start[b + 1]). */
    for (int c = 0; c < n; c++) outCount[c + 1] += outCount[c];
    int* fill = malloc(sizeof(int) * (n + 1));
    memcpy(fill, outCount, sizeof(int) * (n + 1));
    int* neededBy = malloc(sizeof(int) * (prerequisitesSize + 1));
    for (int i = 0; i < prerequisitesSize; i++) neededBy[fill[prerequisites[i][1]]++] = prerequisites[i][0];
    int* order = malloc(sizeof(int) * n);
    int tail = 0;
    for (int c = 0; c < n; c++)
        if (missing[c] == 0) order[tail++] = c;
    for (int head = 0; head < tail; head++) {
        int c = order[head];
        for (int k = outCount[c]; k < outCount[c + 1]; k++)
            if (--missing[neededBy[k]] == 0) order[tail++] = neededBy[k];
    }
    free(missing);
    free(outCount);
    free(fill);
    free(neededBy);
    *returnSize = tail == n ? n : 0;
    return order;
}
