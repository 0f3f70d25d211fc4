bool mergeTriplets(int** triplets, int tripletsSize, int* tripletsColSize, int* target, int targetSize) {
    int got[3] = {0, 0, 0};
    for (int i = 0; i < tripletsSize; i++) {
        int* t = triplets[i];
        if (t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2]) {
            for (int k = 0; k < 3; k++)
                if (t[k] > got[k]) got[k] = t[k];
        }
    }
    return got[0] == target[0] && got[1] == target[1] && got[2] == target[2];
}
