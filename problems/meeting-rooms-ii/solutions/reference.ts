function minMeetingRooms(intervals: number[][]): number {
    const starts = intervals.map(iv => iv[0]).sort((a, b) => a - b);
    const ends = intervals.map(iv => iv[1]).sort((a, b) => a - b);
    let rooms = 0, best = 0, j = 0;
    for (const s of starts) {
        while (ends[j] <= s) {
            j++;
            rooms--;
        }
        best = Math.max(best, ++rooms);
    }
    return best;
}
