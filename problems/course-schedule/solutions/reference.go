func canFinish(numCourses int, prerequisites [][]int) bool {
	after := make([][]int, numCourses)
	indegree := make([]int, numCourses)
	for _, p := range prerequisites {
		after[p[1]] = append(after[p[1]], p[0])
		indegree[p[0]]++
	}
	ready := []int{}
	for i, d := range indegree {
		if d == 0 {
			ready = append(ready, i)
		}
	}
	for done := 0; done < len(ready); done++ {
		for _, next := range after[ready[done]] {
			indegree[next]--
			if indegree[next] == 0 {
				ready = append(ready, next)
			}
		}
	}
	return len(ready) == numCourses
}
