/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static int byTicket(const void* a, const void* b) {
    char* const* x = *(char** const*)a;
    char* const* y = *(char** const*)b;
    int c = strcmp(x[0], y[0]);
    return c ? c : strcmp(x[1], y[1]);
}

char** findItinerary(char*** tickets, int ticketsSize, int* ticketsColSize, int* returnSize) {
    /* Sorted by (from, to): each airport's tickets form a run, used from its front. */
    char*** t = malloc(sizeof(char**) * ticketsSize);
    memcpy(t, tickets, sizeof(char**) * ticketsSize);
    qsort(t, ticketsSize, sizeof(char**), byTicket);
    bool* used = calloc(ticketsSize, sizeof(bool));
    char** stack = malloc(sizeof(char*) * (ticketsSize + 1));
    char** route = malloc(sizeof(char*) * (ticketsSize + 1));
    int top = 0, len = 0;
    stack[top++] = "JFK";
    while (top) {
        char* at = stack[top - 1];
        int lo = 0, hi = ticketsSize;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (strcmp(t[mid][0], at) < 0) lo = mid + 1;
            else hi = mid;
        }
        int pick = -1;
        for (int i = lo; i < ticketsSize && strcmp(t[i][0], at) == 0; i++)
            if (!used[i]) { pick = i; break; }
        if (pick >= 0) {
            used[pick] = true;
            stack[top++] = t[pick][1];
        } else {
            route[len++] = stack[--top];
        }
    }
    for (int i = 0, j = len - 1; i < j; i++, j--) {
        char* tmp = route[i]; route[i] = route[j]; route[j] = tmp;
    }
    for (int i = 0; i < len; i++) {
        char* copy = malloc(4);
        strcpy(copy, route[i]);
        route[i] = copy;
    }
    free(t);
    free(used);
    free(stack);
    *returnSize = len;
    return route;
}
