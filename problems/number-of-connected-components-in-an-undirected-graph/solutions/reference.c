static int find(int* parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

int countComponents(int n, int** edges, int edgesSize, int* edgesColSize) {
    int* parent = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) parent[i] = i;
    int components = n;
    for (int i = 0; i < edgesSize; i++) {
        int a = find(parent, edges[i][0]), b = find(parent, edges[i][1]);
        if (a != b) {
            parent[a] = b;
            components--;
        }
    }
    free(parent);
    return components;
}
