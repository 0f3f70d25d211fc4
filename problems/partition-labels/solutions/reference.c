/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* partitionLabels(char* s, int* returnSize) {
    int n = strlen(s), last[26] = {0};
    for (int i = 0; i < n; i++) last[s[i] - 'a'] = i;
    int* sizes = malloc(sizeof(int) * (n > 0 ? n : 1));
    int start = 0, end = 0, k = 0;
    for (int i = 0; i < n; i++) {
        if (last[s[i] - 'a'] > end) end = last[s[i] - 'a'];
        if (i == end) {
            sizes[k++] = end - start + 1;
            start = i + 1;
        }
    }
    *returnSize = k;
    return sizes;
}
