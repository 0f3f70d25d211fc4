impl Solution {
    pub fn erase_overlap_intervals(intervals: Vec<Vec<i32>>) -> i32 {
        let mut intervals = intervals;
        intervals.sort_unstable_by_key(|iv| iv[1]);
        let mut kept = 0;
        let mut end = i64::MIN;
        for iv in &intervals {
            if iv[0] as i64 >= end {
                kept += 1;
                end = iv[1] as i64;
            }
        }
        intervals.len() as i32 - kept
    }
}
