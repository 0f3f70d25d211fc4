impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let (mut i, mut j) = (0usize, height.len() - 1);
        let (mut left_max, mut right_max, mut water) = (0, 0, 0);
        while i < j {
            if height[i] < height[j] {
                left_max = left_max.max(height[i]);
                water += left_max - height[i];
                i += 1;
            } else {
                right_max = right_max.max(height[j]);
                water += right_max - height[j];
                j -= 1;
            }
        }
        water
    }
}
