impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let mut v = vec![1];
        v.extend_from_slice(&nums);
        v.push(1);
        let n = v.len();
        let mut best = vec![vec![0i32; n]; n];
        for gap in 2..n {
            for i in 0..n - gap {
                let j = i + gap;
                for k in i + 1..j {
                    let c = best[i][k] + v[i] * v[k] * v[j] + best[k][j];
                    if c > best[i][j] {
                        best[i][j] = c;
                    }
                }
            }
        }
        best[0][n - 1]
    }
}
