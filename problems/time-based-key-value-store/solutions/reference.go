type entry struct {
	t int
	v string
}

type TimeMap struct {
	m map[string][]entry
}

func Constructor() TimeMap {
	return TimeMap{m: map[string][]entry{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	this.m[key] = append(this.m[key], entry{timestamp, value})
}

func (this *TimeMap) Get(key string, timestamp int) string {
	list := this.m[key]
	i := sort.Search(len(list), func(i int) bool { return list[i].t > timestamp })
	if i == 0 {
		return ""
	}
	return list[i-1].v
}

/**
 * Your TimeMap object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Set(key,value,timestamp);
 * param_2 := obj.Get(key,timestamp);
 */
