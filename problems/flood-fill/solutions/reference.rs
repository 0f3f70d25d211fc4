impl Solution {
    pub fn flood_fill(mut image: Vec<Vec<i32>>, sr: i32, sc: i32, color: i32) -> Vec<Vec<i32>> {
        let (m, n) = (image.len() as i32, image[0].len() as i32);
        let old = image[sr as usize][sc as usize];
        if old == color {
            return image;
        }
        let mut stack = vec![(sr, sc)];
        image[sr as usize][sc as usize] = color;
        while let Some((r, c)) = stack.pop() {
            for (nr, nc) in [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)] {
                if nr >= 0 && nr < m && nc >= 0 && nc < n && image[nr as usize][nc as usize] == old {
                    image[nr as usize][nc as usize] = color;
                    stack.push((nr, nc));
                }
            }
        }
        image
    }
}
