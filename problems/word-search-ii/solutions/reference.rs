#[derive(Default)]
struct Trie {
    next: [Option<Box<Trie>>; 26],
    word: Option<String>,
}

fn dfs(board: &mut Vec<Vec<char>>, r: usize, c: usize, parent: &mut Trie, found: &mut Vec<String>) {
    let ch = board[r][c];
    if ch == '#' {
        return;
    }
    let node = match parent.next[(ch as u8 - b'a') as usize].as_mut() {
        Some(node) => node,
        None => return,
    };
    if let Some(w) = node.word.take() {
        found.push(w);
    }
    board[r][c] = '#';
    let (m, n) = (board.len(), board[0].len());
    if r > 0 {
        dfs(board, r - 1, c, node, found);
    }
    if r + 1 < m {
        dfs(board, r + 1, c, node, found);
    }
    if c > 0 {
        dfs(board, r, c - 1, node, found);
    }
    if c + 1 < n {
        dfs(board, r, c + 1, node, found);
    }
    board[r][c] = ch;
}

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = Trie::default();
        for w in words {
            let mut node = &mut root;
            for b in w.bytes() {
                node = node.next[(b - b'a') as usize].get_or_insert_with(|| Box::new(Trie::default()));
            }
            node.word = Some(w);
        }
        let mut board = board;
        let mut found = Vec::new();
        for r in 0..board.len() {
            for c in 0..board[0].len() {
                dfs(&mut board, r, c, &mut root, &mut found);
            }
        }
        found
    }
}
