impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let n = n as usize;
        let mut row = vec![1i64; n];
        for _ in 1..m {
            for j in 1..n {
                row[j] += row[j - 1];
            }
        }
        row[n - 1] as i32
    }
}
