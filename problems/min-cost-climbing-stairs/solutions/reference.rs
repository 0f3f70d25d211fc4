impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        let (mut a, mut b) = (0, 0);
        for i in 2..=cost.len() {
            let c = (b + cost[i - 1]).min(a + cost[i - 2]);
            a = b;
            b = c;
        }
        b
    }
}
