typedef struct {
    int cnt[1001][1001];
    int* xs;
    int* ys;
    int size;
    int cap;
} DetectSquares;


DetectSquares* detectSquaresCreate() {
    DetectSquares* obj = calloc(1, sizeof(DetectSquares));
    obj->cap = 64;
    obj->xs = malloc(sizeof(int) * obj->cap);
    obj->ys = malloc(sizeof(int) * obj->cap);
    return obj;
}

void detectSquaresAdd(DetectSquares* obj, int* point, int pointSize) {
    int x = point[0], y = point[1];
    if (obj->cnt[x][y]++ == 0) {
        if (obj->size == obj->cap) {
            obj->cap *= 2;
            obj->xs = realloc(obj->xs, sizeof(int) * obj->cap);
            obj->ys = realloc(obj->ys, sizeof(int) * obj->cap);
        }
        obj->xs[obj->size] = x;
        obj->ys[obj->size] = y;
        obj->size++;
    }
}

int detectSquaresCount(DetectSquares* obj, int* point, int pointSize) {
    int x = point[0], y = point[1], total = 0;
    for (int k = 0; k < obj->size; k++) {
        int px = obj->xs[k], py = obj->ys[k];
        if (abs(px - x) != abs(py - y) || px == x) continue;
        total += obj->cnt[px][py] * obj->cnt[x][py] * obj->cnt[px][y];
    }
    return total;
}

void detectSquaresFree(DetectSquares* obj) {
    free(obj->xs);
    free(obj->ys);
    free(obj);
}

/**
 * Your DetectSquares struct will be instantiated and called as such:
 * DetectSquares* obj = detectSquaresCreate();
 * detectSquaresAdd(obj, point, pointSize);
 
 * int param_2 = detectSquaresCount(obj, point, pointSize);
 
 * detectSquaresFree(obj);
*/
