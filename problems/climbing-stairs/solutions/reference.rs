impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let (mut a, mut b): (i64, i64) = (1, 1);
        for _ in 0..n {
            let c = a + b;
            a = b;
            b = c;
        }
        a as i32
    }
}
