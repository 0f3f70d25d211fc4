/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* findAnagrams(char* s, char* p, int* returnSize) {
    int n = strlen(s), m = strlen(p);
    int* answer = malloc(sizeof(int) * (n + 1));
    *returnSize = 0;
    if (m > n) return answer;
    int need[26] = {0}, have[26] = {0};
    for (int k = 0; k < m; k++) need[p[k] - 'a']++;
    for (int i = 0; i < n; i++) {
        have[s[i] - 'a']++;
        if (i >= m) have[s[i - m] - 'a']--;
        if (i >= m - 1 && memcmp(have, need, sizeof(need)) == 0) answer[(*returnSize)++] = i - m + 1;
    }
    return answer;
}
