function kClosest(points: number[][], k: number): number[][] {
    const dist = (p: number[]): number => p[0] * p[0] + p[1] * p[1];
    // Quickselect: move the k closest points to the front.
    let lo = 0, hi = points.length - 1;
    while (lo < hi) {
        const pivot = dist(points[(lo + hi) >> 1]);
        let i = lo, j = hi;
        while (i <= j) {
            while (dist(points[i]) < pivot) i++;
            while (dist(points[j]) > pivot) j--;
            if (i <= j) {
                [points[i], points[j]] = [points[j], points[i]];
                i++;
                j--;
            }
        }
        if (k - 1 <= j) hi = j;
        else if (k - 1 >= i) lo = i;
        else break;
    }
    return points.slice(0, k);
}
