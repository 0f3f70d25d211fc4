impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        fn go(s: &str, pal: &Vec<Vec<bool>>, start: usize, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            if start == s.len() {
                out.push(path.clone());
                return;
            }
            for end in start..s.len() {
                if pal[start][end] {
                    path.push(s[start..=end].to_string());
                    go(s, pal, end + 1, path, out);
                    path.pop();
                }
            }
        }
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        for i in (0..n).rev() {
            for j in i..n {
                pal[i][j] = b[i] == b[j] && (j - i < 2 || pal[i + 1][j - 1]);
            }
        }
        let mut out = Vec::new();
        go(&s, &pal, 0, &mut Vec::new(), &mut out);
        out
    }
}
