impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        fn place(r: usize, n: usize, cols: &mut Vec<usize>, used: &mut [Vec<bool>; 3], out: &mut Vec<Vec<String>>) {
            if r == n {
                out.push(cols.iter().map(|&c| format!("{}Q{}", ".".repeat(c), ".".repeat(n - c - 1))).collect());
                return;
            }
            for c in 0..n {
                let (a, b) = (r + n - c, r + c);
                if used[0][c] || used[1][a] || used[2][b] {
                    continue;
                }
                used[0][c] = true;
                used[1][a] = true;
                used[2][b] = true;
                cols.push(c);
                place(r + 1, n, cols, used, out);
                cols.pop();
                used[0][c] = false;
                used[1][a] = false;
                used[2][b] = false;
            }
        }
        let n = n as usize;
        let mut out = Vec::new();
        let mut used = [vec![false; n], vec![false; 2 * n], vec![false; 2 * n]];
        place(0, n, &mut Vec::new(), &mut used, &mut out);
        out
    }
}
