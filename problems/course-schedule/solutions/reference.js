/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {boolean}
 */
var canFinish = function(numCourses, prerequisites) {
    const after = Array.from({ length: numCourses }, () => []);
    const state = new Array(numCourses).fill(0); // 0 new, 1 on the path, 2 done
    for (const [a, b] of prerequisites) after[b].push(a);
    // Iterative DFS: a course met again while still on the path closes a cycle.
    for (let s = 0; s < numCourses; s++) {
        if (state[s]) continue;
        const stack = [[s, 0]];
        state[s] = 1;
        while (stack.length) {
            const top = stack[stack.length - 1];
            const [c, k] = top;
            if (k < after[c].length) {
                top[1]++;
                const next = after[c][k];
                if (state[next] === 1) return false;
                if (state[next] === 0) {
                    state[next] = 1;
                    stack.push([next, 0]);
                }
            } else {
                state[c] = 2;
                stack.pop();
            }
        }
    }
    return true;
};
