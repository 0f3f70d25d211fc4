impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let n = nums.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i + 2 < n && nums[i] <= 0 {
            if i == 0 || nums[i] != nums[i - 1] {
                let (mut lo, mut hi) = (i + 1, n - 1);
                while lo < hi {
                    let s = nums[i] + nums[lo] + nums[hi];
                    if s < 0 {
                        lo += 1;
                    } else if s > 0 {
                        hi -= 1;
                    } else {
                        out.push(vec![nums[i], nums[lo], nums[hi]]);
                        lo += 1;
                        while lo < hi && nums[lo] == nums[lo - 1] {
                            lo += 1;
                        }
                        hi -= 1;
                    }
                }
            }
            i += 1;
        }
        out
    }
}
