impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (a, b) = (s1.as_bytes(), s2.as_bytes());
        let (m, n) = (a.len(), b.len());
        if m > n {
            return false;
        }
        let mut need = [0i32; 26];
        let mut have = [0i32; 26];
        for &c in a {
            need[(c - b'a') as usize] += 1;
        }
        for i in 0..n {
            have[(b[i] - b'a') as usize] += 1;
            if i >= m {
                have[(b[i - m] - b'a') as usize] -= 1;
            }
            if i + 1 >= m && have == need {
                return true;
            }
        }
        false
    }
}
