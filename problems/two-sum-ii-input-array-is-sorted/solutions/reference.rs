impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let (mut lo, mut hi) = (0usize, numbers.len() - 1);
        while lo < hi {
            let s = numbers[lo] + numbers[hi];
            if s == target {
                return vec![lo as i32 + 1, hi as i32 + 1];
            }
            if s < target {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        vec![]
    }
}
