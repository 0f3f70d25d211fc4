use std::collections::VecDeque;

impl Solution {
    pub fn oranges_rotting(mut grid: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (grid.len() as i32, grid[0].len() as i32);
        let mut q: VecDeque<(i32, i32)> = VecDeque::new();
        let mut fresh = 0;
        for i in 0..m {
            for j in 0..n {
                match grid[i as usize][j as usize] {
                    2 => q.push_back((i, j)),
                    1 => fresh += 1,
                    _ => {}
                }
            }
        }
        let mut minutes = 0;
        while !q.is_empty() && fresh > 0 {
            minutes += 1;
            for _ in 0..q.len() {
                let (r, c) = q.pop_front().unwrap();
                for (nr, nc) in [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)] {
                    if nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr as usize][nc as usize] == 1 {
                        grid[nr as usize][nc as usize] = 2;
                        fresh -= 1;
                        q.push_back((nr, nc));
                    }
                }
            }
        }
        if fresh == 0 { minutes } else { -1 }
    }
}
