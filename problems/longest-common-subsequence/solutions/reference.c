int longestCommonSubsequence(char* text1, char* text2) {
    int m = strlen(text2);
    int* prev = calloc(m + 1, sizeof(int));
    int* cur = calloc(m + 1, sizeof(int));
    for (const char* p = text1; *p; p++) {
        for (int j = 0; j < m; j++) {
            if (*p == text2[j]) cur[j + 1] = prev[j] + 1;
            else cur[j + 1] = prev[j + 1] > cur[j] ? prev[j + 1] : cur[j];
        }
        int* t = prev; prev = cur; cur = t;
    }
    int best = prev[m];
    free(prev);
    free(cur);
    return best;
}
