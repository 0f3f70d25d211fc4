package main

import "fmt"

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	var keep [][]byte
	for {
		block := make([]byte, 64<<20)
		for i := range block {
			block[i] = 1
		}
		keep = append(keep, block)
	}
}
