// ---- QuickCode driver: runs every test on stdin, answers on fd 3 ----
// QC:list-begin
type ListNode struct {
	Val  int
	Next *ListNode
}

// QC:list-end
// QC:tree-begin
type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

// QC:tree-end
const qcLimit = 2000000

func qcInt(v interface{}) int { n, _ := qcstrconv.ParseInt(string(v.(qcjson.Number)), 10, 64); return int(n) }
func qcInt64(v interface{}) int64 { n, _ := qcstrconv.ParseInt(string(v.(qcjson.Number)), 10, 64); return n }
func qcFloat(v interface{}) float64 { n, _ := v.(qcjson.Number).Float64(); return n }
func qcBool(v interface{}) bool   { return v.(bool) }
func qcString(v interface{}) string { return v.(string) }
func qcByte(v interface{}) byte   { return v.(string)[0] }
func qcSlice[T any](v interface{}, f func(interface{}) T) []T {
	items := v.([]interface{})
	out := make([]T, len(items))
	for k, x := range items {
		out[k] = f(x)
	}
	return out
}

// QC:list-begin
func qcList(v interface{}) *ListNode {
	items := v.([]interface{})
	var head *ListNode
	for k := len(items) - 1; k >= 0; k-- {
		head = &ListNode{Val: qcInt(items[k]), Next: head}
	}
	return head
}

func qcSerList(b *qcstrings.Builder, head *ListNode) {
	b.WriteByte('[')
	n := 0
	for p := head; p != nil; p = p.Next {
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		b.WriteString(qcstrconv.Itoa(p.Val))
		if n > qcLimit {
			panic("the returned linked list has a cycle (or too many nodes)")
		}
	}
	b.WriteByte(']')
}

// QC:list-end
// QC:tree-begin
func qcTree(v interface{}) *TreeNode {
	items := v.([]interface{})
	if len(items) == 0 || items[0] == nil {
		return nil
	}
	root := &TreeNode{Val: qcInt(items[0])}
	queue := []*TreeNode{root}
	k := 1
	for len(queue) > 0 && k < len(items) {
		n := queue[0]
		queue = queue[1:]
		if items[k] != nil {
			n.Left = &TreeNode{Val: qcInt(items[k])}
			queue = append(queue, n.Left)
		}
		k++
		if k < len(items) && items[k] != nil {
			n.Right = &TreeNode{Val: qcInt(items[k])}
			queue = append(queue, n.Right)
		}
		k++
	}
	return root
}

func qcSerTree(b *qcstrings.Builder, root *TreeNode) {
	queue := []*TreeNode{root}
	for h := 0; h < len(queue); h++ {
		if queue[h] != nil {
			queue = append(queue, queue[h].Left, queue[h].Right)
		}
		if len(queue) > qcLimit {
			panic("the returned tree has a cycle (or too many nodes)")
		}
	}
	end := len(queue)
	for end > 0 && queue[end-1] == nil {
		end--
	}
	b.WriteByte('[')
	for h := 0; h < end; h++ {
		if h > 0 {
			b.WriteByte(',')
		}
		if queue[h] == nil {
			b.WriteString("null")
		} else {
			b.WriteString(qcstrconv.Itoa(queue[h].Val))
		}
	}
	b.WriteByte(']')
}

// QC:tree-end
func qcStr(b *qcstrings.Builder, s string) {
	b.WriteByte('"')
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch c {
		case '"':
			b.WriteString("\\\"")
		case '\\':
			b.WriteString("\\\\")
		case '\n':
			b.WriteString("\\n")
		case '\t':
			b.WriteString("\\t")
		case '\r':
			b.WriteString("\\r")
		default:
			if c < 0x20 {
				b.WriteString("\\u00")
				b.WriteByte("0123456789abcdef"[c>>4])
				b.WriteByte("0123456789abcdef"[c&15])
			} else {
				b.WriteByte(c)
			}
		}
	}
	b.WriteByte('"')
}

func qcSer(b *qcstrings.Builder, v interface{}) {
	qcSerValue(b, qcreflect.ValueOf(v))
}

func qcSerValue(b *qcstrings.Builder, rv qcreflect.Value) {
	switch rv.Kind() {
	case qcreflect.Invalid:
		b.WriteString("null")
	case qcreflect.Bool:
		if rv.Bool() {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case qcreflect.Uint8:
		qcStr(b, string([]byte{byte(rv.Uint())}))
	case qcreflect.Int, qcreflect.Int8, qcreflect.Int16, qcreflect.Int32, qcreflect.Int64:
		b.WriteString(qcstrconv.FormatInt(rv.Int(), 10))
	case qcreflect.Uint, qcreflect.Uint16, qcreflect.Uint32, qcreflect.Uint64:
		b.WriteString(qcstrconv.FormatUint(rv.Uint(), 10))
	case qcreflect.Float32, qcreflect.Float64:
		b.WriteString(qcstrconv.FormatFloat(rv.Float(), 'f', 5, 64))
	case qcreflect.String:
		qcStr(b, rv.String())
	case qcreflect.Slice, qcreflect.Array:
		if rv.Kind() == qcreflect.Slice && rv.IsNil() {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for k := 0; k < rv.Len(); k++ {
			if k > 0 {
				b.WriteByte(',')
			}
			qcSerValue(b, rv.Index(k))
		}
		b.WriteByte(']')
	case qcreflect.Interface, qcreflect.Ptr:
		if rv.IsNil() {
			b.WriteString("null")
			return
		}
		qcSer(b, rv.Interface())
	default:
		panic("cannot write a " + rv.Type().String() + " as an answer")
	}
}

func qcRun(vals []interface{}, elapsed *qctime.Duration) string {
	var b qcstrings.Builder
// QC:generated
	return b.String()
}

func main() {
	data, err := qcio.ReadAll(qcos.Stdin)
	if err != nil {
		panic(err)
	}
	lines := qcstrings.Split(string(data), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	answers := qcos.NewFile(3, "answers")
	nonce := qcos.Getenv("QC_NONCE")
	per := QC_PER_TEST
	count := 1
	if per > 0 {
		count = len(lines) / per
	}
	for t := 0; t < count; t++ {
		vals := make([]interface{}, per)
		for k := 0; k < per; k++ {
			dec := qcjson.NewDecoder(qcstrings.NewReader(lines[t*per+k]))
			dec.UseNumber()
			if err := dec.Decode(&vals[k]); err != nil {
				panic(err)
			}
		}
		var elapsed qctime.Duration
		text := qcRun(vals, &elapsed)
		line := qcstrconv.Itoa(t) + " " + qcstrconv.FormatInt(elapsed.Microseconds(), 10) + " " + text + "\n"
		if _, err := answers.WriteString(line); err != nil {
			panic(err)
		}
		qcos.Stdout.WriteString(nonce + "\n")
	}
}
