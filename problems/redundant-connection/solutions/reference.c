/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static int find(int* parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

int* findRedundantConnection(int** edges, int edgesSize, int* edgesColSize, int* returnSize) {
    int* parent = malloc(sizeof(int) * (edgesSize + 1));
    for (int i = 0; i <= edgesSize; i++) parent[i] = i;
    int* out = malloc(sizeof(int) * 2);
    *returnSize = 0;
    for (int i = 0; i < edgesSize; i++) {
        int ra = find(parent, edges[i][0]), rb = find(parent, edges[i][1]);
        if (ra == rb) {
            out[0] = edges[i][0];
            out[1] = edges[i][1];
            *returnSize = 2;
            break;
        }
        parent[ra] = rb;
    }
    free(parent);
    return out;
}
