impl Solution {
    fn count(n: i64) -> i64 {
        if n < 0 { 0 } else { Self::count(n + 1) + Self::count(n + 2) + 1 }
    }
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        Self::count(k as i64) as i32
    }
}
// QC-EXPECT: overflowed its stack
