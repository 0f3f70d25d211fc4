int numDistinct(char* s, char* t) {
    int m = strlen(t);
    unsigned int* ways = calloc(m + 1, sizeof(unsigned int));
    ways[0] = 1;
    for (char* p = s; *p; p++) {
        for (int j = m; j >= 1; j--) {
            if (t[j - 1] == *p) ways[j] += ways[j - 1];
        }
    }
    int answer = (int)ways[m];
    free(ways);
    return answer;
}
