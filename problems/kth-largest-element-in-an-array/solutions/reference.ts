function findKthLargest(nums: number[], k: number): number {
    const heap = new MinPriorityQueue<number>();
    for (const x of nums) {
        if (heap.size() < k) heap.enqueue(x);
        else if (x > heap.front()!) {
            heap.dequeue();
            heap.enqueue(x);
        }
    }
    return heap.front()!;
};
