impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        let total: i32 = nums.iter().sum();
        if target.abs() > total || (total + target) % 2 != 0 {
            return 0;
        }
        let want = ((total + target) / 2) as usize;
        let mut ways = vec![0i64; want + 1];
        ways[0] = 1;
        for &x in &nums {
            let x = x as usize;
            for s in (x..=want).rev() {
                ways[s] += ways[s - x];
            }
        }
        ways[want] as i32
    }
}
