impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let inf = i32::MAX;
        let mut cost = vec![inf; n as usize];
        cost[src as usize] = 0;
        for _ in 0..=k {
            let mut next = cost.clone();
            for f in &flights {
                let (u, v, p) = (f[0] as usize, f[1] as usize, f[2]);
                if cost[u] != inf && cost[u] + p < next[v] {
                    next[v] = cost[u] + p;
                }
            }
            cost = next;
        }
        if cost[dst as usize] == inf { -1 } else { cost[dst as usize] }
    }
}
