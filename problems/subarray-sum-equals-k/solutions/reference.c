#define SLOTS 65536

static int find(int* keys, bool* used, int key) {
    unsigned int h = ((unsigned int)key * 2654435761u) & (SLOTS - 1);
    while (used[h] && keys[h] != key) h = (h + 1) & (SLOTS - 1);
    return h;
}

int subarraySum(int* nums, int numsSize, int k) {
    int* keys = malloc(sizeof(int) * SLOTS);
    int* counts = calloc(SLOTS, sizeof(int));
    bool* used = calloc(SLOTS, sizeof(bool));
    int prefix = 0, answer = 0;
    int h = find(keys, used, 0);
    used[h] = true;
    keys[h] = 0;
    counts[h] = 1;
    for (int i = 0; i < numsSize; i++) {
        prefix += nums[i];
        h = find(keys, used, prefix - k);
        if (used[h]) answer += counts[h];
        h = find(keys, used, prefix);
        used[h] = true;
        keys[h] = prefix;
        counts[h]++;
    }
    free(keys);
    free(counts);
    free(used);
    return answer;
}
