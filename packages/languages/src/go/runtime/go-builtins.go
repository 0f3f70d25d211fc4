// ---- Go 1.21's min, max and clear for this Go 1.19, unless the solution declares its own ----
type qcOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

// QC:min-begin
func min[T qcOrdered](x T, more ...T) T {
	for _, y := range more {
		if y < x {
			x = y
		}
	}
	return x
}

// QC:min-end
// QC:max-begin
func max[T qcOrdered](x T, more ...T) T {
	for _, y := range more {
		if y > x {
			x = y
		}
	}
	return x
}

// QC:max-end
// QC:clear-begin
func clear(x interface{}) {
	v := qcreflect.ValueOf(x)
	switch v.Kind() {
	case qcreflect.Map:
		for _, k := range v.MapKeys() {
			v.SetMapIndex(k, qcreflect.Value{})
		}
	case qcreflect.Slice:
		zero := qcreflect.Zero(v.Type().Elem())
		for i := 0; i < v.Len(); i++ {
			v.Index(i).Set(zero)
		}
	}
}

// QC:clear-end
