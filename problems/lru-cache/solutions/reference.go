type entry struct {
	key, value int
}

type LRUCache struct {
	capacity int
	order    *list.List
	index    map[int]*list.Element
}


func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, order: list.New(), index: map[int]*list.Element{}}
}


func (this *LRUCache) Get(key int) int {
	e, ok := this.index[key]
	if !ok {
		return -1
	}
	this.order.MoveToFront(e)
	return e.Value.(*entry).value
}


func (this *LRUCache) Put(key int, value int) {
	if e, ok := this.index[key]; ok {
		e.Value.(*entry).value = value
		this.order.MoveToFront(e)
		return
	}
	this.index[key] = this.order.PushFront(&entry{key, value})
	if len(this.index) > this.capacity {
		last := this.order.Back()
		this.order.Remove(last)
		delete(this.index, last.Value.(*entry).key)
	}
}


/**
 * Your LRUCache object will be instantiated and called as such:
 * obj := Constructor(capacity);
 * param_1 := obj.Get(key);
 * obj.Put(key,value);
 */
