function canFinish(numCourses: number, prerequisites: number[][]): boolean {
    const after: number[][] = Array.from({ length: numCourses }, () => []);
    const indegree: number[] = new Array(numCourses).fill(0);
    for (const [a, b] of prerequisites) {
        after[b].push(a);
        indegree[a]++;
    }
    const ready: number[] = [];
    for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) ready.push(i);
    let done = 0;
    while (done < ready.length) {
        const c = ready[done++];
        for (const next of after[c]) if (--indegree[next] === 0) ready.push(next);
    }
    return done === numCourses;
};
