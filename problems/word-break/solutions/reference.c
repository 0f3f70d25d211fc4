bool wordBreak(char* s, char** wordDict, int wordDictSize) {
    int n = strlen(s);
    int* lens = malloc(sizeof(int) * wordDictSize);
    for (int w = 0; w < wordDictSize; w++) lens[w] = strlen(wordDict[w]);
    bool* ok = calloc(n + 1, sizeof(bool));
    ok[0] = true;
    for (int i = 1; i <= n; i++) {
        for (int w = 0; w < wordDictSize && !ok[i]; w++) {
            int k = lens[w];
            if (k <= i && ok[i - k] && strncmp(s + i - k, wordDict[w], k) == 0) ok[i] = true;
        }
    }
    bool answer = ok[n];
    free(ok);
    free(lens);
    return answer;
}
