impl Solution {
    pub fn reverse(x: i32) -> i32 {
        let (mut x, mut answer) = (x, 0i32);
        while x != 0 {
            let digit = x % 10;
            x /= 10;
            answer = match answer.checked_mul(10).and_then(|v| v.checked_add(digit)) {
                Some(v) => v,
                None => return 0,
            };
        }
        answer
    }
}
