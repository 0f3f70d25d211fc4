impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let m = b.len();
        let mut prev = vec![0i32; m + 1];
        let mut cur = vec![0i32; m + 1];
        for &c in a {
            for j in 0..m {
                cur[j + 1] = if c == b[j] { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[m]
    }
}
