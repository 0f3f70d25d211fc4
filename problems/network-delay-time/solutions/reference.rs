impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        const INF: i64 = i64::MAX / 4;
        let n = n as usize;
        let mut w = vec![vec![INF; n + 1]; n + 1];
        for t in &times {
            let (u, v) = (t[0] as usize, t[1] as usize);
            w[u][v] = w[u][v].min(t[2] as i64);
        }
        let mut dist = vec![INF; n + 1];
        let mut done = vec![false; n + 1];
        dist[k as usize] = 0;
        let mut best = 0;
        for _ in 0..n {
            let mut u = 0;
            for v in 1..=n {
                if !done[v] && (u == 0 || dist[v] < dist[u]) {
                    u = v;
                }
            }
            if dist[u] >= INF {
                return -1;
            }
            done[u] = true;
            best = best.max(dist[u]);
            for v in 1..=n {
                let d = dist[u] + w[u][v];
                if d < dist[v] {
                    dist[v] = d;
                }
            }
        }
        best as i32
    }
}
