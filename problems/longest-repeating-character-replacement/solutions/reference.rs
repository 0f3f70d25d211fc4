impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let b = s.as_bytes();
        let mut count = [0i32; 26];
        let (mut left, mut best) = (0usize, 0i32);
        for right in 0..b.len() {
            let c = (b[right] - b'A') as usize;
            count[c] += 1;
            best = best.max(count[c]);
            if (right - left + 1) as i32 - best > k {
                count[(b[left] - b'A') as usize] -= 1;
                left += 1;
            }
        }
        (b.len() - left) as i32
    }
}
