static int size;
static int** heights;

static bool reachable(int t, bool* seen, int* stack) {
    if (heights[0][0] > t) return false;
    memset(seen, 0, sizeof(bool) * size * size);
    int top = 0;
    stack[top++] = 0;
    seen[0] = true;
    while (top) {
        int cell = stack[--top], r = cell / size, c = cell % size;
        if (r == size - 1 && c == size - 1) return true;
        int nr[4] = {r + 1, r - 1, r, r}, nc[4] = {c, c, c + 1, c - 1};
        for (int k = 0; k < 4; k++) {
            if (nr[k] < 0 || nr[k] >= size || nc[k] < 0 || nc[k] >= size) continue;
            int next = nr[k] * size + nc[k];
            if (seen[next] || heights[nr[k]][nc[k]] > t) continue;
            seen[next] = true;
            stack[top++] = next;
        }
    }
    return false;
}

int swimInWater(int** grid, int gridSize, int* gridColSize) {
    size = gridSize;
    heights = grid;
    bool* seen = malloc(sizeof(bool) * size * size);
    int* stack = malloc(sizeof(int) * size * size);
    int lo = 0, hi = size * size - 1;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (reachable(mid, seen, stack)) hi = mid;
        else lo = mid + 1;
    }
    free(seen);
    free(stack);
    return lo;
}
