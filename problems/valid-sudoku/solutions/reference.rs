impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        let mut row = [[false; 9]; 9];
        let mut col = [[false; 9]; 9];
        let mut bx = [[false; 9]; 9];
        for r in 0..9 {
            for c in 0..9 {
                let ch = board[r][c];
                if ch == '.' {
                    continue;
                }
                let d = (ch as u8 - b'1') as usize;
                let b = r / 3 * 3 + c / 3;
                if row[r][d] || col[c][d] || bx[b][d] {
                    return false;
                }
                row[r][d] = true;
                col[c][d] = true;
                bx[b][d] = true;
            }
        }
        true
    }
}
