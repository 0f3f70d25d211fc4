impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut order: Vec<usize> = (0..m * n).collect();
        order.sort_unstable_by_key(|&c| Reverse(matrix[c / n][c % n]));
        let mut best = vec![1i32; m * n];
        let mut answer = 1;
        for &c in &order {
            let (i, j) = (c / n, c % n);
            let mut cand = Vec::with_capacity(4);
            if i + 1 < m { cand.push((i + 1, j)); }
            if i > 0 { cand.push((i - 1, j)); }
            if j + 1 < n { cand.push((i, j + 1)); }
            if j > 0 { cand.push((i, j - 1)); }
            for (x, y) in cand {
                if matrix[x][y] > matrix[i][j] {
                    best[c] = best[c].max(best[x * n + y] + 1);
                }
            }
            answer = answer.max(best[c]);
        }
        answer
    }
}
