static int find(int* parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

bool validTree(int n, int** edges, int edgesSize, int* edgesColSize) {
    if (edgesSize != n - 1) return false;
    int* parent = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) parent[i] = i;
    bool ok = true;
    for (int i = 0; i < edgesSize && ok; i++) {
        int a = find(parent, edges[i][0]), b = find(parent, edges[i][1]);
        if (a == b) ok = false;
        else parent[a] = b;
    }
    free(parent);
    return ok;
}
