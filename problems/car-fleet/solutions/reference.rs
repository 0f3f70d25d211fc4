impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut order: Vec<usize> = (0..position.len()).collect();
        order.sort_unstable_by(|&a, &b| position[b].cmp(&position[a]));
        let (mut groups, mut num, mut den) = (0, -1i64, 1i64);
        for i in order {
            let (d, s) = ((target - position[i]) as i64, speed[i] as i64);
            if num < 0 || d * den > num * s {
                groups += 1;
                num = d;
                den = s;
            }
        }
        groups
    }
}
