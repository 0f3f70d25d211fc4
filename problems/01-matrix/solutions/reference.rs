impl Solution {
    pub fn update_matrix(mat: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (mat.len(), mat[0].len());
        let mut dist = vec![vec![-1; n]; m];
        let mut queue = VecDeque::new();
        for i in 0..m {
            for j in 0..n {
                if mat[i][j] == 0 {
                    dist[i][j] = 0;
                    queue.push_back((i, j));
                }
            }
        }
        while let Some((i, j)) = queue.pop_front() {
            let mut next = Vec::with_capacity(4);
            if i > 0 { next.push((i - 1, j)); }
            if i + 1 < m { next.push((i + 1, j)); }
            if j > 0 { next.push((i, j - 1)); }
            if j + 1 < n { next.push((i, j + 1)); }
            for (ni, nj) in next {
                if dist[ni][nj] < 0 {
                    dist[ni][nj] = dist[i][j] + 1;
                    queue.push_back((ni, nj));
                }
            }
        }
        dist
    }
}
