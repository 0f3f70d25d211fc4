impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut islands = 0;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != '1' {
                    continue;
                }
                islands += 1;
                grid[i][j] = '0';
                stack.push((i, j));
                while let Some((r, c)) = stack.pop() {
                    let mut visit = |nr: usize, nc: usize, grid: &mut Vec<Vec<char>>| {
                        if grid[nr][nc] == '1' {
                            grid[nr][nc] = '0';
                            stack.push((nr, nc));
                        }
                    };
                    if r + 1 < m {
                        visit(r + 1, c, &mut grid);
                    }
                    if r > 0 {
                        visit(r - 1, c, &mut grid);
                    }
                    if c + 1 < n {
                        visit(r, c + 1, &mut grid);
                    }
                    if c > 0 {
                        visit(r, c - 1, &mut grid);
                    }
                }
            }
        }
        islands
    }
}
