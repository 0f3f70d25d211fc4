impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut stack: Vec<usize> = Vec::with_capacity(n + 1);
        let mut best = 0;
        for i in 0..=n {
            let h = if i == n { 0 } else { heights[i] };
            while let Some(&j) = stack.last() {
                if heights[j] < h {
                    break;
                }
                stack.pop();
                let left = stack.last().map_or(0, |&k| k + 1);
                best = best.max(heights[j] * (i - left) as i32);
            }
            stack.push(i);
        }
        best
    }
}
