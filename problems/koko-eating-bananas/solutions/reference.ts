function minEatingSpeed(piles: number[], h: number): number {
    let lo = 1, hi = 0;
    for (const p of piles) hi = Math.max(hi, p);
    while (lo < hi) {
        const k = Math.floor((lo + hi) / 2);
        let hours = 0;
        for (const p of piles) hours += Math.ceil(p / k);
        if (hours <= h) hi = k;
        else lo = k + 1;
    }
    return lo;
}
