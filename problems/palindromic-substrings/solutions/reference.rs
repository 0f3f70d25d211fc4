impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len() as i64;
        let mut count = 0;
        for center in 0..(2 * n - 1) {
            let (mut lo, mut hi) = (center / 2, center / 2 + center % 2);
            while lo >= 0 && hi < n && b[lo as usize] == b[hi as usize] {
                count += 1;
                lo -= 1;
                hi += 1;
            }
        }
        count
    }
}
