char* minWindow(char* s, char* t) {
    int need[128] = {0};
    int m = strlen(s), missing = strlen(t);
    for (int i = 0; t[i]; i++) need[(int)t[i]]++;
    int bestLo = 0, bestLen = -1, lo = 0;
    for (int hi = 0; hi < m; hi++) {
        if (need[(int)s[hi]]-- > 0) missing--;
        if (missing == 0) {
            while (need[(int)s[lo]] < 0) need[(int)s[lo++]]++;
            if (bestLen < 0 || hi - lo + 1 < bestLen) {
                bestLo = lo;
                bestLen = hi - lo + 1;
            }
            need[(int)s[lo++]]++;
            missing++;
        }
    }
    if (bestLen < 0) bestLen = 0;
    char* out = malloc(bestLen + 1);
    memcpy(out, s + bestLo, bestLen);
    out[bestLen] = '\0';
    return out;
}
