impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let (mut hold, mut sold, mut rest) = (-prices[0], 0, 0);
        for &p in &prices[1..] {
            let (h, s, r) = (hold.max(rest - p), hold + p, rest.max(sold));
            hold = h;
            sold = s;
            rest = r;
        }
        sold.max(rest)
    }
}
