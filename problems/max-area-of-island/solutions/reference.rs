impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut best = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != 1 {
                    continue;
                }
                grid[i][j] = 2;
                let mut stack = vec![(i, j)];
                let mut area = 0;
                while let Some((r, c)) = stack.pop() {
                    area += 1;
                    let mut next = Vec::with_capacity(4);
                    if r > 0 { next.push((r - 1, c)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if grid[nr][nc] == 1 {
                            grid[nr][nc] = 2;
                            stack.push((nr, nc));
                        }
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}
