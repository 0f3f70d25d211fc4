class TimeMap {
    private m = new Map<string, [number, string][]>();

    constructor() {
    }

    set(key: string, value: string, timestamp: number): void {
        let list = this.m.get(key);
        if (!list) this.m.set(key, (list = []));
        list.push([timestamp, value]);
    }

    get(key: string, timestamp: number): string {
        const list = this.m.get(key);
        if (!list) return "";
        let lo = 0, hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (list[mid][0] <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo === 0 ? "" : list[lo - 1][1];
    }
}

/**
 * Your TimeMap object will be instantiated and called as such:
 * var obj = new TimeMap()
 * obj.set(key,value,timestamp)
 * var param_2 = obj.get(key,timestamp)
 */
