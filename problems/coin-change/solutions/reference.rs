impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        let mut best = vec![amount + 1; amount + 1];
        best[0] = 0;
        for coin in coins {
            let coin = coin as usize;
            for x in coin..=amount {
                best[x] = best[x].min(best[x - coin] + 1);
            }
        }
        if best[amount] > amount { -1 } else { best[amount] as i32 }
    }
}
