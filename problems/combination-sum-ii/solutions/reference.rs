impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn go(c: &[i32], start: usize, left: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if left == 0 {
                out.push(path.clone());
                return;
            }
            let mut i = start;
            while i < c.len() && c[i] <= left {
                if i == start || c[i] != c[i - 1] {
                    path.push(c[i]);
                    go(c, i + 1, left - c[i], path, out);
                    path.pop();
                }
                i += 1;
            }
        }
        let mut c = candidates;
        c.sort_unstable();
        let mut out = Vec::new();
        go(&c, 0, target, &mut Vec::new(), &mut out);
        out
    }
}
