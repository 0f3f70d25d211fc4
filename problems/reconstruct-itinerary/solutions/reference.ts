function findItinerary(tickets: string[][]): string[] {
    const out = new Map<string, string[]>();
    const sorted = tickets.slice().sort((x, y) => (x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0));
    for (const [a, b] of sorted) {
        let list = out.get(a);
        if (!list) out.set(a, (list = []));
        list.push(b);
    }
    const route: string[] = [], stack: string[] = ['JFK'];
    while (stack.length) {
        const next = out.get(stack[stack.length - 1]);
        if (next && next.length) stack.push(next.pop()!);
        else route.push(stack.pop()!);
    }
    return route.reverse();
}
