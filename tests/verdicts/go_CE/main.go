package main

import "fmt"

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	var sum string = a + b
	fmt.Println(sum)
}
