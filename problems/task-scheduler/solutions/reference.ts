function leastInterval(tasks: string[], n: number): number {
    const counts = new Array<number>(26).fill(0);
    for (const t of tasks) counts[t.charCodeAt(0) - 65]++;
    const top = Math.max(...counts);
    const ties = counts.filter((c) => c === top).length;
    return Math.max(tasks.length, (top - 1) * (n + 1) + ties);
}
