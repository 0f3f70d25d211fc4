impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len() as i32;
        let (mut best_lo, mut best_len) = (0i32, 0i32);
        for center in 0..(2 * n - 1) {
            let (mut lo, mut hi) = (center / 2, (center + 1) / 2);
            while lo >= 0 && hi < n && b[lo as usize] == b[hi as usize] {
                lo -= 1;
                hi += 1;
            }
            if hi - lo - 1 > best_len {
                best_lo = lo + 1;
                best_len = hi - lo - 1;
            }
        }
        s[best_lo as usize..(best_lo + best_len) as usize].to_string()
    }
}
