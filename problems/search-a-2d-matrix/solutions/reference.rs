impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let (m, n) = (matrix.len() as i64, matrix[0].len() as i64);
        let (mut lo, mut hi) = (0i64, m * n - 1);
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            let v = matrix[(mid / n) as usize][(mid % n) as usize];
            if v == target {
                return true;
            }
            if v < target {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        false
    }
}
