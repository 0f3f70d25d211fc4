bool canFinish(int numCourses, int** prerequisites, int prerequisitesSize, int* prerequisitesColSize) {
    /* Adjacency in compressed rows: start[b]..start[b+1] lists the courses that wait for b. */
    int* start = calloc(numCourses + 1, sizeof(int));
    int* indegree = calloc(numCourses, sizeof(int));
    int* edges = malloc(sizeof(int) * (prerequisitesSize ? prerequisitesSize : 1));
    for (int i = 0; i < prerequisitesSize; i++) {
        start[prerequisites[i][1] + 1]++;
        indegree[prerequisites[i][0]]++;
    }
    for (int i = 0; i < numCourses; i++) start[i + 1] += start[i];
    int* fill = malloc(sizeof(int) * (numCourses + 1));
    memcpy(fill, start, sizeof(int) * (numCourses + 1));
    for (int i = 0; i < prerequisitesSize; i++) edges[fill[prerequisites[i][1]]++] = prerequisites[i][0];
    int* ready = malloc(sizeof(int) * numCourses);
    int tail = 0;
    for (int i = 0; i < numCourses; i++)
        if (indegree[i] == 0) ready[tail++] = i;
    for (int head = 0; head < tail; head++) {
        int c = ready[head];
        for (int k = start[c]; k < start[c + 1]; k++)
            if (--indegree[edges[k]] == 0) ready[tail++] = edges[k];
    }
    free(start);
    free(indegree);
    free(edges);
    free(fill);
    free(ready);
    return tail == numCourses;
}
