typedef struct {
    char* key;
    int* times;
    char** values;
    int size, cap;
    UT_hash_handle hh;
} Entry;

typedef struct {
    Entry* map;
} TimeMap;


TimeMap* timeMapCreate() {
    TimeMap* obj = malloc(sizeof(TimeMap));
    obj->map = NULL;
    return obj;
}

void timeMapSet(TimeMap* obj, char* key, char* value, int timestamp) {
    Entry* e = NULL;
    HASH_FIND_STR(obj->map, key, e);
    if (!e) {
        e = calloc(1, sizeof(Entry));
        e->key = strdup(key);
        HASH_ADD_KEYPTR(hh, obj->map, e->key, strlen(e->key), e);
    }
    if (e->size == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 4;
        e->times = realloc(e->times, sizeof(int) * e->cap);
        e->values = realloc(e->values, sizeof(char*) * e->cap);
    }
    e->times[e->size] = timestamp;
    e->values[e->size] = strdup(value);
    e->size++;
}

char* timeMapGet(TimeMap* obj, char* key, int timestamp) {
    Entry* e = NULL;
    HASH_FIND_STR(obj->map, key, e);
    if (!e) return "";
    int lo = 0, hi = e->size;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (e->times[mid] <= timestamp) lo = mid + 1;
        else hi = mid;
    }
    return lo == 0 ? "" : e->values[lo - 1];
}

void timeMapFree(TimeMap* obj) {
    Entry *e, *tmp;
    HASH_ITER(hh, obj->map, e, tmp) {
        HASH_DEL(obj->map, e);
        for (int i = 0; i < e->size; i++) free(e->values[i]);
        free(e->values);
        free(e->times);
        free(e->key);
        free(e);
    }
    free(obj);
}

/**
 * Your TimeMap struct will be instantiated and called as such:
 * TimeMap* obj = timeMapCreate();
 * timeMapSet(obj, key, value, timestamp);
 
 * char* param_2 = timeMapGet(obj, key, timestamp);
 
 * timeMapFree(obj);
*/
