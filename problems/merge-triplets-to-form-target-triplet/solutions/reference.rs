impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        let mut got = vec![0; 3];
        for t in &triplets {
            if (0..3).all(|k| t[k] <= target[k]) {
                for k in 0..3 {
                    got[k] = got[k].max(t[k]);
                }
            }
        }
        got == target
    }
}
