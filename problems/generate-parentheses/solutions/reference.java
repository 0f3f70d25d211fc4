class Solution {
    private void build(StringBuilder s, int opened, int closed, int n, List<String> out) {
        if (s.length() == 2 * n) {
            out.add(s.toString());
            return;
        }
        if (opened < n) {
            s.append('(');
            build(s, opened + 1, closed, n, out);
            s.deleteCharAt(s.length() - 1);
        }
        if (closed < opened) {
            s.append(')');
            build(s, opened, closed + 1, n, out);
            s.deleteCharAt(s.length() - 1);
        }
    }

    public List<String> generateParenthesis(int n) {
        List<String> out = new ArrayList<>();
        build(new StringBuilder(), 0, 0, n, out);
        return out;
    }
}
