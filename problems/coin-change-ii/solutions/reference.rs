impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        let amount = amount as usize;
        let mut dp = vec![0u64; amount + 1];
        dp[0] = 1;
        for c in coins {
            for a in c as usize..=amount {
                dp[a] = dp[a].wrapping_add(dp[a - c as usize]);
            }
        }
        dp[amount] as i32
    }
}
