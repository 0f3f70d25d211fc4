impl Solution {
    pub fn min_interval(mut intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        intervals.sort_unstable_by_key(|iv| iv[0]);
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_unstable_by_key(|&k| queries[k]);
        let mut heap: BinaryHeap<Reverse<(i32, i32)>> = BinaryHeap::new();
        let mut answer = vec![-1; queries.len()];
        let mut i = 0;
        for pos in order {
            let q = queries[pos];
            while i < intervals.len() && intervals[i][0] <= q {
                heap.push(Reverse((intervals[i][1] - intervals[i][0] + 1, intervals[i][1])));
                i += 1;
            }
            while let Some(&Reverse((_, right))) = heap.peek() {
                if right >= q {
                    break;
                }
                heap.pop();
            }
            if let Some(&Reverse((size, _))) = heap.peek() {
                answer[pos] = size;
            }
        }
        answer
    }
}
