static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

bool isNStraightHand(int* hand, int handSize, int groupSize) {
    if (handSize % groupSize != 0) return false;
    qsort(hand, handSize, sizeof(int), ascending);
    int* vals = malloc(sizeof(int) * handSize);
    int* cnt = malloc(sizeof(int) * handSize);
    int d = 0;
    for (int i = 0; i < handSize; i++) {
        if (d > 0 && vals[d - 1] == hand[i]) {
            cnt[d - 1]++;
        } else {
            vals[d] = hand[i];
            cnt[d++] = 1;
        }
    }
    bool ok = true;
    for (int i = 0; i < d && ok; i++) {
        int c = cnt[i];
        if (c == 0) continue;
        for (int k = 0; k < groupSize; k++) {
            if (i + k >= d || vals[i + k] != vals[i] + k || cnt[i + k] < c) {
                ok = false;
                break;
            }
            cnt[i + k] -= c;
        }
    }
    free(vals);
    free(cnt);
    return ok;
}
