function minInterval(intervals: number[][], queries: number[]): number[] {
    intervals.sort((a, b) => a[0] - b[0]);
    const order = queries.map((_, k) => k).sort((a, b) => queries[a] - queries[b]);
    const heap: [number, number][] = [];
    const less = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    const push = (x: [number, number]) => {
        heap.push(x);
        let k = heap.length - 1;
        while (k > 0) {
            const p = (k - 1) >> 1;
            if (!less(heap[k], heap[p])) break;
            [heap[k], heap[p]] = [heap[p], heap[k]];
            k = p;
        }
    };
    const pop = () => {
        const last = heap.pop()!;
        if (heap.length === 0) return;
        heap[0] = last;
        let k = 0;
        for (;;) {
            const l = 2 * k + 1, r = l + 1;
            let m = k;
            if (l < heap.length && less(heap[l], heap[m])) m = l;
            if (r < heap.length && less(heap[r], heap[m])) m = r;
            if (m === k) break;
            [heap[k], heap[m]] = [heap[m], heap[k]];
            k = m;
        }
    };
    const answer: number[] = new Array(queries.length).fill(-1);
    let i = 0;
    for (const pos of order) {
        const q = queries[pos];
        while (i < intervals.length && intervals[i][0] <= q) {
            push([intervals[i][1] - intervals[i][0] + 1, intervals[i][1]]);
            i++;
        }
        while (heap.length && heap[0][1] < q) pop();
        if (heap.length) answer[pos] = heap[0][0];
    }
    return answer;
}
