impl Solution {
    pub fn permute(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn generate(nums: &mut Vec<i32>, k: usize, out: &mut Vec<Vec<i32>>) {
            if k == nums.len() {
                out.push(nums.clone());
                return;
            }
            for i in k..nums.len() {
                nums.swap(k, i);
                generate(nums, k + 1, out);
                nums.swap(k, i);
            }
        }
        let mut out = Vec::new();
        generate(&mut nums, 0, &mut out);
        out
    }
}
