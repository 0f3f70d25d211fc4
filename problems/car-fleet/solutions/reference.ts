function carFleet(target: number, position: number[], speed: number[]): number {
    const order = position.map((_, i) => i).sort((a, b) => position[b] - position[a]);
    let groups = 0, num = -1, den = 1;
    for (const i of order) {
        const d = target - position[i], s = speed[i];
        if (num < 0 || d * den > num * s) {
            groups++;
            num = d;
            den = s;
        }
    }
    return groups;
}
