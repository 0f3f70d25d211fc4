impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let b = s.as_bytes();
        let mut need = [0i32; 128];
        for c in t.bytes() {
            need[c as usize] += 1;
        }
        let mut missing = t.len();
        let (mut best_lo, mut best_len, mut lo) = (0usize, usize::MAX, 0usize);
        for hi in 0..b.len() {
            let c = b[hi] as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            if missing == 0 {
                while need[b[lo] as usize] < 0 {
                    need[b[lo] as usize] += 1;
                    lo += 1;
                }
                if hi - lo + 1 < best_len {
                    best_lo = lo;
                    best_len = hi - lo + 1;
                }
                need[b[lo] as usize] += 1;
                lo += 1;
                missing += 1;
            }
        }
        if best_len == usize::MAX { String::new() } else { s[best_lo..best_lo + best_len].to_string() }
    }
}
