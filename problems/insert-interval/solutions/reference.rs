impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let (mut start, mut end) = (new_interval[0], new_interval[1]);
        let mut out = Vec::with_capacity(intervals.len() + 1);
        let mut it = intervals.into_iter().peekable();
        while let Some(iv) = it.next_if(|iv| iv[1] < start) {
            out.push(iv);
        }
        while let Some(iv) = it.next_if(|iv| iv[0] <= end) {
            start = start.min(iv[0]);
            end = end.max(iv[1]);
        }
        out.push(vec![start, end]);
        out.extend(it);
        out
    }
}
