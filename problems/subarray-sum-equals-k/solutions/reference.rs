impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut seen: HashMap<i32, i32> = HashMap::new();
        seen.insert(0, 1);
        let (mut prefix, mut answer) = (0, 0);
        for x in nums {
            prefix += x;
            answer += seen.get(&(prefix - k)).copied().unwrap_or(0);
            *seen.entry(prefix).or_insert(0) += 1;
        }
        answer
    }
}
