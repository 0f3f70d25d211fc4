function updateMatrix(mat: number[][]): number[][] {
    const m = mat.length, n = mat[0].length;
    const dist: number[][] = mat.map((row) => row.map((v) => (v === 0 ? 0 : -1)));
    let queue: [number, number][] = [];
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (mat[i][j] === 0) queue.push([i, j]);
    while (queue.length) {
        const next: [number, number][] = [];
        for (const [i, j] of queue) {
            for (const [ni, nj] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
                if (ni >= 0 && ni < m && nj >= 0 && nj < n && dist[ni][nj] < 0) {
                    dist[ni][nj] = dist[i][j] + 1;
                    next.push([ni, nj]);
                }
            }
        }
        queue = next;
    }
    return dist;
}
