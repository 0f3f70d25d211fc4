impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let t = t.as_bytes();
        let m = t.len();
        let mut ways = vec![0u32; m + 1];
        ways[0] = 1;
        for &c in s.as_bytes() {
            for j in (1..=m).rev() {
                if t[j - 1] == c {
                    ways[j] = ways[j].wrapping_add(ways[j - 1]);
                }
            }
        }
        ways[m] as i32
    }
}
