type trieNode struct {
	next [26]*trieNode
	end  bool
}

type WordDictionary struct {
	root *trieNode
}

func Constructor() WordDictionary {
	return WordDictionary{root: &trieNode{}}
}

func (this *WordDictionary) AddWord(word string) {
	node := this.root
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if node.next[c] == nil {
			node.next[c] = &trieNode{}
		}
		node = node.next[c]
	}
	node.end = true
}

func (this *WordDictionary) Search(word string) bool {
	var walk func(node *trieNode, i int) bool
	walk = func(node *trieNode, i int) bool {
		if i == len(word) {
			return node.end
		}
		if word[i] != '.' {
			child := node.next[word[i]-'a']
			return child != nil && walk(child, i+1)
		}
		for _, child := range node.next {
			if child != nil && walk(child, i+1) {
				return true
			}
		}
		return false
	}
	return walk(this.root, 0)
}

/**
 * Your WordDictionary object will be instantiated and called as such:
 * obj := Constructor();
 * obj.AddWord(word);
 * param_2 := obj.Search(word);
 */
