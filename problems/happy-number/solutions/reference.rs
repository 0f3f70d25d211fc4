impl Solution {
    pub fn is_happy(n: i32) -> bool {
        fn step(mut x: i32) -> i32 {
            let mut total = 0;
            while x > 0 {
                total += (x % 10) * (x % 10);
                x /= 10;
            }
            total
        }
        let (mut slow, mut fast) = (n, step(n));
        while fast != 1 && slow != fast {
            slow = step(slow);
            fast = step(step(fast));
        }
        fast == 1
    }
}
