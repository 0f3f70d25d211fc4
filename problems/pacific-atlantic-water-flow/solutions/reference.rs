impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let reach = |starts: Vec<(usize, usize)>| -> Vec<Vec<bool>> {
            let mut seen = vec![vec![false; n]; m];
            let mut stack = Vec::new();
            for (r, c) in starts {
                if !seen[r][c] {
                    seen[r][c] = true;
                    stack.push((r, c));
                }
            }
            while let Some((r, c)) = stack.pop() {
                let mut next = Vec::with_capacity(4);
                if r > 0 { next.push((r - 1, c)); }
                if r + 1 < m { next.push((r + 1, c)); }
                if c > 0 { next.push((r, c - 1)); }
                if c + 1 < n { next.push((r, c + 1)); }
                for (nr, nc) in next {
                    if !seen[nr][nc] && heights[nr][nc] >= heights[r][c] {
                        seen[nr][nc] = true;
                        stack.push((nr, nc));
                    }
                }
            }
            seen
        };
        let mut top = Vec::new();
        let mut bottom = Vec::new();
        for c in 0..n {
            top.push((0, c));
            bottom.push((m - 1, c));
        }
        for r in 0..m {
            top.push((r, 0));
            bottom.push((r, n - 1));
        }
        let (p, a) = (reach(top), reach(bottom));
        let mut out = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if p[r][c] && a[r][c] {
                    out.push(vec![r as i32, c as i32]);
                }
            }
        }
        out
    }
}
