use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len() + 1];
        for (value, c) in count {
            buckets[c].push(value);
        }
        let k = k as usize;
        let mut out = Vec::with_capacity(k);
        for bucket in buckets.iter().rev() {
            for &value in bucket {
                if out.len() == k {
                    return out;
                }
                out.push(value);
            }
        }
        out
    }
}
