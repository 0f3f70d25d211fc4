/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static void build(char* buf, int len, int opened, int closed, int n, char** out, int* count) {
    if (len == 2 * n) {
        out[*count] = malloc(2 * n + 1);
        memcpy(out[*count], buf, 2 * n);
        out[*count][2 * n] = '\0';
        (*count)++;
        return;
    }
    if (opened < n) {
        buf[len] = '(';
        build(buf, len + 1, opened + 1, closed, n, out, count);
    }
    if (closed < opened) {
        buf[len] = ')';
        build(buf, len + 1, opened, closed + 1, n, out, count);
    }
}

char** generateParenthesis(int n, int* returnSize) {
    char** out = malloc(sizeof(char*) * 1430);
    char buf[17];
    *returnSize = 0;
    build(buf, 0, 0, 0, n, out, returnSize);
    return out;
}
