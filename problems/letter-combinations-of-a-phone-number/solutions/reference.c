/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
char** letterCombinations(char* digits, int* returnSize) {
    static const char* keys[10] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    int n = strlen(digits);
    *returnSize = 0;
    if (n == 0) return malloc(sizeof(char*));
    int total = 1;
    for (int i = 0; i < n; i++) total *= strlen(keys[digits[i] - '0']);
    char** out = malloc(sizeof(char*) * total);
    for (int k = 0; k < total; k++) {
        out[k] = malloc(n + 1);
        int rest = k;
        for (int i = n - 1; i >= 0; i--) {
            const char* letters = keys[digits[i] - '0'];
            int len = strlen(letters);
            out[k][i] = letters[rest % len];
            rest /= len;
        }
        out[k][n] = '\0';
    }
    *returnSize = total;
    return out;
}
