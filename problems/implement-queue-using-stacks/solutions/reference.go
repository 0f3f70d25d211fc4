type MyQueue struct {
	inbox  []int
	outbox []int
}


func Constructor() MyQueue {
	return MyQueue{}
}


func (this *MyQueue) Push(x int) {
	this.inbox = append(this.inbox, x)
}


func (this *MyQueue) Pop() int {
	x := this.Peek()
	this.outbox = this.outbox[:len(this.outbox)-1]
	return x
}


func (this *MyQueue) Peek() int {
	if len(this.outbox) == 0 {
		for len(this.inbox) > 0 {
			this.outbox = append(this.outbox, this.inbox[len(this.inbox)-1])
			this.inbox = this.inbox[:len(this.inbox)-1]
		}
	}
	return this.outbox[len(this.outbox)-1]
}


func (this *MyQueue) Empty() bool {
	return len(this.inbox) == 0 && len(this.outbox) == 0
}


/**
 * Your MyQueue object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Push(x);
 * param_2 := obj.Pop();
 * param_3 := obj.Peek();
 * param_4 := obj.Empty();
 */
