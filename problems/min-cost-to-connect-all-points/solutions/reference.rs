impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut best = vec![i64::MAX; n];
        let mut used = vec![false; n];
        best[0] = 0;
        let mut total = 0i64;
        for _ in 0..n {
            let mut u = usize::MAX;
            for i in 0..n {
                if !used[i] && (u == usize::MAX || best[i] < best[u]) {
                    u = i;
                }
            }
            used[u] = true;
            total += best[u];
            for v in 0..n {
                if used[v] {
                    continue;
                }
                let d = (points[u][0] as i64 - points[v][0] as i64).abs() + (points[u][1] as i64 - points[v][1] as i64).abs();
                if d < best[v] {
                    best[v] = d;
                }
            }
        }
        total as i32
    }
}
