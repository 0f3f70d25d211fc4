var findKthLargest = function(nums, k) {
    const max = new MaxPriorityQueue((x) => x.value);
    nums.forEach((value) => max.enqueue({ value }));
    const q = new Queue();
    const d = new Deque();
    for (let i = 1; i < k; i++) {
        q.enqueue(max.dequeue().value);
        d.pushFront(q.front());
    }
    const sorted = _.sortBy(nums).reverse();
    return !q.isEmpty() && d.size() !== k - 1 ? -1 : _.head(_.drop(sorted, k - 1)) === max.front().value ? max.front().value : -2;
};
