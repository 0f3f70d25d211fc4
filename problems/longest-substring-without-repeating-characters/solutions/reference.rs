impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [-1i32; 256];
        let (mut start, mut best) = (0i32, 0i32);
        for (i, c) in s.bytes().enumerate() {
            let i = i as i32;
            if last[c as usize] >= start {
                start = last[c as usize] + 1;
            }
            last[c as usize] = i;
            best = best.max(i - start + 1);
        }
        best
    }
}
