type wordTrie struct {
	next [26]*wordTrie
	word string
	has  bool
}

func findWords(board [][]byte, words []string) []string {
	root := &wordTrie{}
	for _, w := range words {
		node := root
		for i := 0; i < len(w); i++ {
			c := w[i] - 'a'
			if node.next[c] == nil {
				node.next[c] = &wordTrie{}
			}
			node = node.next[c]
		}
		node.word, node.has = w, true
	}
	m, n := len(board), len(board[0])
	found := []string{}
	var dfs func(r, c int, parent *wordTrie)
	dfs = func(r, c int, parent *wordTrie) {
		ch := board[r][c]
		if ch == '#' {
			return
		}
		node := parent.next[ch-'a']
		if node == nil {
			return
		}
		if node.has {
			found = append(found, node.word)
			node.has = false
		}
		board[r][c] = '#'
		if r > 0 {
			dfs(r-1, c, node)
		}
		if r+1 < m {
			dfs(r+1, c, node)
		}
		if c > 0 {
			dfs(r, c-1, node)
		}
		if c+1 < n {
			dfs(r, c+1, node)
		}
		board[r][c] = ch
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			dfs(r, c, root)
		}
	}
	return found
}
