class DNode {
    prev: DNode | null = null;
    next: DNode | null = null;
    constructor(public key: number, public value: number) {}
}

class LRUCache {
    private index = new Map<number, DNode>();
    private head = new DNode(-1, -1); // most recent after head, least recent before tail
    private tail = new DNode(-1, -1);

    constructor(private capacity: number) {
        this.head.next = this.tail;
        this.tail.prev = this.head;
    }

    get(key: number): number {
        const node = this.index.get(key);
        if (!node) return -1;
        this.unlink(node);
        this.pushFront(node);
        return node.value;
    }

    put(key: number, value: number): void {
        let node = this.index.get(key);
        if (node) {
            node.value = value;
            this.unlink(node);
        } else {
            node = new DNode(key, value);
            this.index.set(key, node);
        }
        this.pushFront(node);
        if (this.index.size > this.capacity) {
            const last = this.tail.prev!;
            this.unlink(last);
            this.index.delete(last.key);
        }
    }

    private unlink(node: DNode): void {
        node.prev!.next = node.next;
        node.next!.prev = node.prev;
    }

    private pushFront(node: DNode): void {
        node.next = this.head.next;
        node.prev = this.head;
        this.head.next!.prev = node;
        this.head.next = node;
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * var obj = new LRUCache(capacity)
 * var param_1 = obj.get(key)
 * obj.put(key,value)
 */
