typedef struct {
    int* vals;
    int* mins;
    int size;
    int cap;
} MinStack;


MinStack* minStackCreate() {
    MinStack* obj = malloc(sizeof(MinStack));
    obj->cap = 16;
    obj->size = 0;
    obj->vals = malloc(sizeof(int) * obj->cap);
    obj->mins = malloc(sizeof(int) * obj->cap);
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->vals = realloc(obj->vals, sizeof(int) * obj->cap);
        obj->mins = realloc(obj->mins, sizeof(int) * obj->cap);
    }
    int low = obj->size == 0 || val < obj->mins[obj->size - 1] ? val : obj->mins[obj->size - 1];
    obj->vals[obj->size] = val;
    obj->mins[obj->size] = low;
    obj->size++;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->vals[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->mins[obj->size - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->vals);
    free(obj->mins);
    free(obj);
}

/**
 * Your MinStack struct will be instantiated and called as such:
 * MinStack* obj = minStackCreate();
 * minStackPush(obj, val);
 
 * minStackPop(obj);
 
 * int param_3 = minStackTop(obj);
 
 * int param_4 = minStackGetMin(obj);
 
 * minStackFree(obj);
*/
