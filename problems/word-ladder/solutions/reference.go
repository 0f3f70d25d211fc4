func ladderLength(beginWord string, endWord string, wordList []string) int {
	words := make(map[string]bool, len(wordList))
	for _, w := range wordList {
		words[w] = true
	}
	if !words[endWord] {
		return 0
	}
	delete(words, beginWord)
	frontier := []string{beginWord}
	for steps := 2; len(frontier) > 0; steps++ {
		next := []string{}
		for _, word := range frontier {
			w := []byte(word)
			for i := range w {
				orig := w[i]
				for c := byte('a'); c <= 'z'; c++ {
					if c == orig {
						continue
					}
					w[i] = c
					cand := string(w)
					if words[cand] {
						if cand == endWord {
							return steps
						}
						delete(words, cand)
						next = append(next, cand)
					}
				}
				w[i] = orig
			}
		}
		frontier = next
	}
	return 0
}
