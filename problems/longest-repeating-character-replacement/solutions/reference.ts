function characterReplacement(s: string, k: number): number {
    const count: number[] = new Array(26).fill(0);
    let left = 0, best = 0;
    for (let right = 0; right < s.length; right++) {
        best = Math.max(best, ++count[s.charCodeAt(right) - 65]);
        if (right - left + 1 - best > k) {
            count[s.charCodeAt(left) - 65]--;
            left++;
        }
    }
    return s.length - left;
}
