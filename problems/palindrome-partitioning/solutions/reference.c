/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static char*** out;
static int* outCols;
static int outSize, outCap, len;
static bool pal[16][16];
static int cuts[17];

static void go(const char* s, int start, int pieces) {
    if (start == len) {
        if (outSize == outCap) {
            outCap *= 2;
            out = realloc(out, sizeof(char**) * outCap);
            outCols = realloc(outCols, sizeof(int) * outCap);
        }
        char** part = malloc(sizeof(char*) * pieces);
        for (int k = 0; k < pieces; k++) {
            int from = cuts[k], to = k + 1 < pieces ? cuts[k + 1] : len;
            part[k] = malloc(to - from + 1);
            memcpy(part[k], s + from, to - from);
            part[k][to - from] = '\0';
        }
        out[outSize] = part;
        outCols[outSize++] = pieces;
        return;
    }
    for (int end = start; end < len; end++) {
        if (!pal[start][end]) continue;
        cuts[pieces] = start;
        go(s, end + 1, pieces + 1);
    }
}

char*** partition(char* s, int* returnSize, int** returnColumnSizes) {
    len = strlen(s);
    for (int i = len - 1; i >= 0; i--)
        for (int j = i; j < len; j++) pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
    outCap = 64;
    outSize = 0;
    out = malloc(sizeof(char**) * outCap);
    outCols = malloc(sizeof(int) * outCap);
    go(s, 0, 0);
    *returnSize = outSize;
    *returnColumnSizes = outCols;
    return out;
}
