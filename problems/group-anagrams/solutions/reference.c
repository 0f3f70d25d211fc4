typedef struct {
    char key[101];
    int group;
    UT_hash_handle hh;
} Entry;

static int cmpChar(const void* a, const void* b) {
    return *(const char*)a - *(const char*)b;
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
char*** groupAnagrams(char** strs, int strsSize, int* returnSize, int** returnColumnSizes) {
    Entry* table = NULL;
    char*** groups = malloc(sizeof(char**) * strsSize);
    int* sizes = calloc(strsSize, sizeof(int));
    int* groupOf = malloc(sizeof(int) * strsSize);
    int count = 0;
    for (int i = 0; i < strsSize; i++) {
        char key[101];
        int len = strlen(strs[i]);
        memcpy(key, strs[i], len + 1);
        qsort(key, len, 1, cmpChar);
        Entry* e;
        HASH_FIND_STR(table, key, e);
        if (!e) {
            e = malloc(sizeof(Entry));
            memcpy(e->key, key, len + 1);
            e->group = count++;
            HASH_ADD_STR(table, key, e);
        }
        groupOf[i] = e->group;
        sizes[e->group]++;
    }
    for (int g = 0; g < count; g++) groups[g] = malloc(sizeof(char*) * sizes[g]);
    int* filled = calloc(count ? count : 1, sizeof(int));
    for (int i = 0; i < strsSize; i++) {
        int g = groupOf[i];
        groups[g][filled[g]++] = strs[i];
    }
    Entry *e, *tmp;
    HASH_ITER(hh, table, e, tmp) {
        HASH_DEL(table, e);
        free(e);
    }
    free(filled);
    free(groupOf);
    *returnSize = count;
    *returnColumnSizes = sizes;
    return groups;
}
