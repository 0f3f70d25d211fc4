impl Solution {
    pub fn combination_sum(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn backtrack(cand: &[i32], start: usize, remaining: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if remaining == 0 {
                out.push(path.clone());
                return;
            }
            for i in start..cand.len() {
                if cand[i] > remaining {
                    break;
                }
                path.push(cand[i]);
                backtrack(cand, i, remaining - cand[i], path, out);
                path.pop();
            }
        }
        candidates.sort_unstable();
        let mut out = Vec::new();
        backtrack(&candidates, 0, target, &mut Vec::new(), &mut out);
        out
    }
}
