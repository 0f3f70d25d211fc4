class Solution {
    public String decodeString(String s) {
        Deque<StringBuilder> texts = new ArrayDeque<>();
        Deque<Integer> counts = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int k = 0;
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) {
                k = k * 10 + (c - '0');
            } else if (c == '[') {
                texts.push(text);
                counts.push(k);
                text = new StringBuilder();
                k = 0;
            } else if (c == ']') {
                StringBuilder before = texts.pop();
                int times = counts.pop();
                for (int t = 0; t < times; t++) before.append(text);
                text = before;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
