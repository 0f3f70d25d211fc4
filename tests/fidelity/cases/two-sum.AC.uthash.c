/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
struct entry {
    int key;
    int index;
    UT_hash_handle hh;
};

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    struct entry *seen = NULL, *e, *tmp;
    int* answer = malloc(2 * sizeof(int));
    *returnSize = 2;
    for (int i = 0; i < numsSize; i++) {
        int want = target - nums[i];
        HASH_FIND_INT(seen, &want, e);
        if (e) {
            answer[0] = e->index;
            answer[1] = i;
            break;
        }
        e = malloc(sizeof(struct entry));
        e->key = nums[i];
        e->index = i;
        HASH_ADD_INT(seen, key, e);
    }
    HASH_ITER(hh, seen, e, tmp) {
        HASH_DEL(seen, e);
        free(e);
    }
    return answer;
}
