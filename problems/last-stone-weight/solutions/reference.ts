function lastStoneWeight(stones: number[]): number {
    const heap = new MaxPriorityQueue<number>();
    for (const s of stones) heap.enqueue(s);
    while (heap.size() > 1) {
        const y = heap.dequeue()!;
        const x = heap.dequeue()!;
        if (y !== x) heap.enqueue(y - x);
    }
    return heap.isEmpty() ? 0 : heap.front()!;
};
