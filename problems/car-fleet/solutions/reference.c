static int* gPos;

static int byPositionDesc(const void* a, const void* b) {
    int x = gPos[*(const int*)a], y = gPos[*(const int*)b];
    return (y > x) - (y < x);
}

int carFleet(int target, int* position, int positionSize, int* speed, int speedSize) {
    int* order = malloc(sizeof(int) * positionSize);
    for (int i = 0; i < positionSize; i++) order[i] = i;
    gPos = position;
    qsort(order, positionSize, sizeof(int), byPositionDesc);
    int groups = 0;
    long long num = -1, den = 1;
    for (int k = 0; k < positionSize; k++) {
        int i = order[k];
        long long d = target - position[i], s = speed[i];
        if (num < 0 || d * den > num * s) {
            groups++;
            num = d;
            den = s;
        }
    }
    free(order);
    return groups;
}
