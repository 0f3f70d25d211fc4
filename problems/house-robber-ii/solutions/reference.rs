impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn line(houses: &[i32]) -> i32 {
            let (mut take, mut skip) = (0, 0);
            for &x in houses {
                let t = skip + x;
                skip = take.max(skip);
                take = t;
            }
            take.max(skip)
        }
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        line(&nums[..n - 1]).max(line(&nums[1..]))
    }
}
