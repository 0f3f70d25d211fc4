/* Keys lie in [0, 10^4]: a direct table of slots, and a doubly linked list over the slots. */
#define LRU_KEYS 10001

typedef struct {
    int capacity;
    int size;
    int value[LRU_KEYS];
    int prev[LRU_KEYS + 1];
    int next[LRU_KEYS + 1];
    bool present[LRU_KEYS];
} LRUCache;

/* The sentinel is index LRU_KEYS: next of it is the most recent key, prev the least recent. */
static void lruUnlink(LRUCache* obj, int k) {
    obj->next[obj->prev[k]] = obj->next[k];
    obj->prev[obj->next[k]] = obj->prev[k];
}

static void lruPushFront(LRUCache* obj, int k) {
    int first = obj->next[LRU_KEYS];
    obj->prev[k] = LRU_KEYS;
    obj->next[k] = first;
    obj->prev[first] = k;
    obj->next[LRU_KEYS] = k;
}


LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* obj = calloc(1, sizeof(LRUCache));
    obj->capacity = capacity;
    obj->prev[LRU_KEYS] = obj->next[LRU_KEYS] = LRU_KEYS;
    return obj;
}

int lRUCacheGet(LRUCache* obj, int key) {
    if (!obj->present[key]) return -1;
    lruUnlink(obj, key);
    lruPushFront(obj, key);
    return obj->value[key];
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    if (obj->present[key]) {
        lruUnlink(obj, key);
    } else {
        if (obj->size == obj->capacity) {
            int last = obj->prev[LRU_KEYS];
            lruUnlink(obj, last);
            obj->present[last] = false;
            obj->size--;
        }
        obj->present[key] = true;
        obj->size++;
    }
    obj->value[key] = value;
    lruPushFront(obj, key);
}

void lRUCacheFree(LRUCache* obj) {
    free(obj);
}

/**
 * Your LRUCache struct will be instantiated and called as such:
 * LRUCache* obj = lRUCacheCreate(capacity);
 * int param_1 = lRUCacheGet(obj, key);
 
 * lRUCachePut(obj, key, value);
 
 * lRUCacheFree(obj);
*/
