use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        // let-else (1.65), is_some_and (1.70), div_ceil (1.73): current Rust, as LeetCode has.
        let Some(&first) = nums.first() else { return -1 };
        let mut heap = BinaryHeap::new();
        for &x in &nums {
            heap.push(Reverse(x));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        assert!(heap.peek().is_some_and(|r| r.0 >= i32::MIN) && first >= i32::MIN && 7u32.div_ceil(2) == 4);
        heap.peek().unwrap().0
    }
}
