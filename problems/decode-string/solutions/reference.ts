function decodeString(s: string): string {
    const stack: [string, number][] = [];
    let text = '', k = 0;
    for (const c of s) {
        if (c >= '0' && c <= '9') {
            k = k * 10 + Number(c);
        } else if (c === '[') {
            stack.push([text, k]);
            text = '';
            k = 0;
        } else if (c === ']') {
            const [before, times] = stack.pop()!;
            text = before + text.repeat(times);
        } else {
            text += c;
        }
    }
    return text;
}
