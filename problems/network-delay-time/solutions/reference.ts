function networkDelayTime(times: number[][], n: number, k: number): number {
    const w: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    for (const [u, v, t] of times) w[u][v] = Math.min(w[u][v], t);
    const dist = new Array<number>(n + 1).fill(Infinity);
    const done = new Array<boolean>(n + 1).fill(false);
    dist[k] = 0;
    for (let round = 0; round < n; round++) {
        let u = -1;
        for (let v = 1; v <= n; v++) if (!done[v] && (u === -1 || dist[v] < dist[u])) u = v;
        if (dist[u] === Infinity) return -1;
        done[u] = true;
        for (let v = 1; v <= n; v++) if (dist[u] + w[u][v] < dist[v]) dist[v] = dist[u] + w[u][v];
    }
    return Math.max(...dist.slice(1));
}
