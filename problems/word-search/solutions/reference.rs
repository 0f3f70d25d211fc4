impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn dfs(board: &mut Vec<Vec<char>>, word: &[char], r: i32, c: i32, i: usize) -> bool {
            if r < 0 || c < 0 || r as usize >= board.len() || c as usize >= board[0].len() {
                return false;
            }
            let (ru, cu) = (r as usize, c as usize);
            if board[ru][cu] != word[i] {
                return false;
            }
            if i + 1 == word.len() {
                return true;
            }
            board[ru][cu] = '#';
            let found = dfs(board, word, r + 1, c, i + 1)
                || dfs(board, word, r - 1, c, i + 1)
                || dfs(board, word, r, c + 1, i + 1)
                || dfs(board, word, r, c - 1, i + 1);
            board[ru][cu] = word[i];
            found
        }
        let mut board = board;
        let word: Vec<char> = word.chars().collect();
        for r in 0..board.len() {
            for c in 0..board[0].len() {
                if dfs(&mut board, &word, r as i32, c as i32, 0) {
                    return true;
                }
            }
        }
        false
    }
}
