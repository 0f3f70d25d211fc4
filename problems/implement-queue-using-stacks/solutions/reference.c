typedef struct {
    int inbox[128];
    int outbox[128];
    int inSize;
    int outSize;
} MyQueue;


MyQueue* myQueueCreate() {
    MyQueue* obj = malloc(sizeof(MyQueue));
    obj->inSize = 0;
    obj->outSize = 0;
    return obj;
}

void myQueuePush(MyQueue* obj, int x) {
    obj->inbox[obj->inSize++] = x;
}

int myQueuePeek(MyQueue* obj) {
    if (obj->outSize == 0) {
        while (obj->inSize > 0) obj->outbox[obj->outSize++] = obj->inbox[--obj->inSize];
    }
    return obj->outbox[obj->outSize - 1];
}

int myQueuePop(MyQueue* obj) {
    int x = myQueuePeek(obj);
    obj->outSize--;
    return x;
}

bool myQueueEmpty(MyQueue* obj) {
    return obj->inSize == 0 && obj->outSize == 0;
}

void myQueueFree(MyQueue* obj) {
    free(obj);
}

/**
 * Your MyQueue struct will be instantiated and called as such:
 * MyQueue* obj = myQueueCreate();
 * myQueuePush(obj, x);
 
 * int param_2 = myQueuePop(obj);
 
 * int param_3 = myQueuePeek(obj);
 
 * bool param_4 = myQueueEmpty(obj);
 
 * myQueueFree(obj);
*/
