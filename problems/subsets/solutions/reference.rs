impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut out: Vec<Vec<i32>> = vec![vec![]];
        for x in nums {
            let size = out.len();
            for i in 0..size {
                let mut s = out[i].clone();
                s.push(x);
                out.push(s);
            }
        }
        out
    }
}
