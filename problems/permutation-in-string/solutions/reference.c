bool checkInclusion(char* s1, char* s2) {
    int m = strlen(s1), n = strlen(s2);
    if (m > n) return false;
    int need[26] = {0}, have[26] = {0};
    for (int i = 0; i < m; i++) need[s1[i] - 'a']++;
    for (int i = 0; i < n; i++) {
        have[s2[i] - 'a']++;
        if (i >= m) have[s2[i - m] - 'a']--;
        if (i >= m - 1 && memcmp(have, need, sizeof(need)) == 0) return true;
    }
    return false;
}
