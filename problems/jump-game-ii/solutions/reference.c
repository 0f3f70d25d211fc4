int jump(int* nums, int numsSize) {
    int jumps = 0, end = 0, far = 0;
    for (int i = 0; i + 1 < numsSize; i++) {
        if (i + nums[i] > far) far = i + nums[i];
        if (i == end) {
            jumps++;
            end = far;
        }
    }
    return jumps;
}
