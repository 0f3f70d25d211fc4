class MyQueue {
public:
    MyQueue() {
    }
    
    void push(int x) {
        inbox.push(x);
    }
    
    int pop() {
        shift();
        int x = outbox.top();
        outbox.pop();
        return x;
    }
    
    int peek() {
        shift();
        return outbox.top();
    }
    
    bool empty() {
        return inbox.empty() && outbox.empty();
    }

private:
    stack<int> inbox, outbox;

    void shift() {
        if (!outbox.empty()) return;
        while (!inbox.empty()) {
            outbox.push(inbox.top());
            inbox.pop();
        }
    }
};

/**
 * Your MyQueue object will be instantiated and called as such:
 * MyQueue* obj = new MyQueue();
 * obj->push(x);
 * int param_2 = obj->pop();
 * int param_3 = obj->peek();
 * bool param_4 = obj->empty();
 */
