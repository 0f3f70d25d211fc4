impl Solution {
    pub fn find_anagrams(s: String, p: String) -> Vec<i32> {
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (n, m) = (s.len(), p.len());
        let mut answer = Vec::new();
        if m > n {
            return answer;
        }
        let (mut need, mut have) = ([0i32; 26], [0i32; 26]);
        for &c in p {
            need[(c - b'a') as usize] += 1;
        }
        for i in 0..n {
            have[(s[i] - b'a') as usize] += 1;
            if i >= m {
                have[(s[i - m] - b'a') as usize] -= 1;
            }
            if i + 1 >= m && have == need {
                answer.push((i + 1 - m) as i32);
            }
        }
        answer
    }
}
