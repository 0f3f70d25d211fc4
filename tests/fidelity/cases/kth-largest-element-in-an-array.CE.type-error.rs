impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut v = nums.clone();
        let name: String = 5;
        v.sort();
        v[v.len() - k as usize]
    }
}
// QC-EXPECT: solution.rs:4:
