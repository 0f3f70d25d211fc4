impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut counts = [0i32; 26];
        for &t in &tasks {
            counts[(t as u8 - b'A') as usize] += 1;
        }
        let top = *counts.iter().max().unwrap();
        let ties = counts.iter().filter(|&&c| c == top).count() as i32;
        (tasks.len() as i32).max((top - 1) * (n + 1) + ties)
    }
}
