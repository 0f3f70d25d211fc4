impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        let mut e = (n as i64).abs();
        let (mut result, mut base) = (1.0, x);
        while e > 0 {
            if e & 1 == 1 {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        if n < 0 { 1.0 / result } else { result }
    }
}
